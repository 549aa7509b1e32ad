"""Kept message summaries (press/summaries.py) never show what is no longer true:
a save shows at once, each language has its own, a search's marks are its own."""

import pytest
from django.utils import translation

from press.models import Message
from press.search import MARK_END, MARK_START
from press.summaries import summaries
from tests.factories import make_message
from tests.press.pages import page_text

pytestmark = pytest.mark.django_db


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
        english = summaries([message])[0]
    with translation.override("ru"):
        russian = summaries([message])[0]
    assert "Statement" in english
    assert "Заявление" in russian


def test_the_heading_and_each_search_s_marks_are_their_own():
    message = make_message(lead="Fisheries and cooperation")
    with translation.override("en"):
        plain = summaries([message], "h3")[0]
        message.lead_marked = f"{MARK_START}Fisheries{MARK_END} and cooperation"
        first = summaries([message])[0]
        message.lead_marked = f"Fisheries and {MARK_START}cooperation{MARK_END}"
        second = summaries([message])[0]
    assert "<h3>" in plain
    assert "<mark>" not in plain
    assert "<mark>Fisheries</mark>" in first
    assert "<h2>" in first
    assert "<mark>cooperation</mark>" in second
    assert "<mark>Fisheries</mark>" not in second
