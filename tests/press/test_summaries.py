"""Kept message summaries (press/summaries.py) never show what is no longer true:
a save shows at once, each language has its own, a search's marks are its own."""

import pytest
from django.db import connection
from django.utils import translation

from press.models import Message
from press.summaries import Listing, summaries
from tests.factories import make_message
from tests.press.pages import page_text

pytestmark = pytest.mark.django_db
ON_POSTGRESQL = connection.vendor == "postgresql"


def test_a_saved_title_shows_at_once_on_every_list(client):
    message = make_message(title="First title")
    for url in ("/", "/messages/"):
        assert "First title" in page_text(client.get(url))
    message.title = "Second title"
    message.save()
    for url in ("/", "/messages/"):
        text = page_text(client.get(url))
        assert "Second title" in text
        assert "First title" not in text


def test_a_withdrawn_message_leaves_the_lists_at_once(client):
    message = make_message(title="Soon withdrawn")
    assert "Soon withdrawn" in page_text(client.get("/messages/"))
    message.status = Message.Status.WITHDRAWN
    message.save()
    assert "Soon withdrawn" not in page_text(client.get("/messages/"))


def test_each_language_has_its_own_summary():
    message = make_message(kind=Message.Kind.STATEMENT)
    with translation.override("en"):
        english = summaries(Listing((message.pk,)))[0]
    with translation.override("ru"):
        russian = summaries(Listing((message.pk,)))[0]
    assert "Statement" in english
    assert "Заявление" in russian


def test_the_heading_and_each_search_s_marks_are_their_own():
    message = make_message(lead="Fisheries and cooperation")
    with translation.override("en"):
        plain = summaries(Listing((message.pk,)), "h3")[0]
        first = summaries(Listing((message.pk,), marks="fisheries"))[0]
        second = summaries(Listing((message.pk,), marks="cooperation"))[0]
    assert "<h3>" in plain
    assert "<mark>" not in plain
    assert "<h2>" in first
    if ON_POSTGRESQL:
        assert "<mark>Fisheries</mark> and cooperation" in first
        assert "Fisheries and <mark>cooperation</mark>" in second
    else:  # SQLite cannot mark the words a search found
        assert "<mark>" not in first + second


def test_the_rows_are_read_only_for_summaries_not_kept(django_assert_num_queries):
    messages = [make_message(title=f"Message {number}") for number in range(3)]
    listing = Listing(tuple(message.pk for message in messages))
    with translation.override("en"), django_assert_num_queries(1):
        first = summaries(listing)
    with translation.override("en"), django_assert_num_queries(0):
        again = summaries(listing)
    assert again == first
    assert ["Message 0" in first[0], "Message 2" in first[2]] == [True, True]


def test_a_message_that_left_the_public_after_its_id_was_read_is_left_out():
    kept, withdrawn = make_message(title="Still public"), make_message(title="Just withdrawn")
    listing = Listing((withdrawn.pk, kept.pk))
    Message.objects.filter(pk=withdrawn.pk).update(status=Message.Status.WITHDRAWN)
    with translation.override("en"):
        shown = summaries(listing)
    assert len(shown) == 1
    assert "Still public" in shown[0]
