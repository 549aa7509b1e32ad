"""Kept feed entries (press/feed_entries.py) never show what is no longer true, and are read,
not loaded again, by every feed and filter that lists the same message."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from press.feed_entries import feed_entries
from press.models import Message
from tests.factories import make_category, make_message
from tests.press.pages import NOW
from tests.press.test_feeds import JSON_FEED, XML_FEEDS, entry_titles, json_feed, parsed

# Only the query that loads entries names a message's title (the one before it picks ids).
ITEM_COLUMN = '"press_message"."title"'

pytestmark = [pytest.mark.django_db, pytest.mark.time_machine(NOW, tick=False)]


@pytest.mark.parametrize("url", XML_FEEDS)
def test_a_saved_title_and_category_show_in_the_feed_at_once(client, url):
    message = make_message(title="First title", categories=[make_category(name="Trade")])
    assert entry_titles(parsed(client, url)) == ["First title"]

    message.title = "Second title"
    message.save()
    message.categories.set([make_category(name="Culture")])

    entry = parsed(client, url).entries[0]
    assert entry.title == "Second title"
    assert [tag.term for tag in entry.tags] == ["Culture"]


def test_a_saved_body_shows_in_the_json_feed_at_once(client):
    message = make_message(body="The *first* body.")
    assert "<em>first</em>" in json_feed(client)["items"][0]["content_html"]
    message.body = "The **second** body."
    message.save()
    assert "<strong>second</strong>" in json_feed(client)["items"][0]["content_html"]


def test_a_withdrawn_message_leaves_the_feeds_at_once(client):
    message = make_message(title="Soon withdrawn")
    make_message(title="Stays")
    assert "Soon withdrawn" in entry_titles(parsed(client, XML_FEEDS[0]))
    message.status = Message.Status.WITHDRAWN
    message.save()
    assert entry_titles(parsed(client, XML_FEEDS[0])) == ["Stays"]
    assert [item["title"] for item in json_feed(client)["items"]] == ["Stays"]


def test_entries_loaded_by_one_feed_are_read_by_the_others(client):
    for number in range(5):
        make_message(title=f"Statement {number}", kind=Message.Kind.STATEMENT)
    parsed(client, XML_FEEDS[0])  # loads and keeps the five entries

    for url in (XML_FEEDS[1], f"{XML_FEEDS[0]}?kind=statement"):
        with CaptureQueriesContext(connection) as queries:
            assert len(parsed(client, url).entries) == 5
        loads = [sql["sql"] for sql in queries.captured_queries if ITEM_COLUMN in sql["sql"]]
        assert loads == [], "the entries were loaded again"
    # The JSON Feed's entries carry the body, so they are its own (loaded once, then kept).
    with CaptureQueriesContext(connection) as queries:
        json_feed(client, JSON_FEED)
    assert any('"body_html"' in q["sql"] for q in queries.captured_queries)


def test_a_message_that_is_not_public_when_its_entry_is_made_gets_none():
    # As when it is withdrawn between the query that picks a feed's ids and the one that
    # loads their entries: the entries are read through the public gate again.
    public = make_message(title="Public")
    draft = make_message(title="A draft", status=Message.Status.DRAFT)

    [entry, none] = feed_entries([public.pk, draft.pk])

    assert (entry.title, none) == ("Public", None)
