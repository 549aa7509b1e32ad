"""Kept feed items (press/feeds.py, press/feed_writers.py): each item is written once per
content version, format, language and origin, and a feed written around kept items is the
feed written from scratch."""

from datetime import timedelta
from unittest import mock

import feedparser
import pytest
from django.test import RequestFactory

from press.feed_writers import AtomWriter, JsonWriter, RssWriter
from press.feeds import FeedRequest, RssFeed
from press.models import Message
from tests.factories import make_category, make_message
from tests.press.pages import NOW
from tests.press.test_feeds import JSON_FEED, XML_FEEDS, parsed

pytestmark = [pytest.mark.django_db, pytest.mark.time_machine(NOW, tick=False)]

FEEDS = [*XML_FEEDS, JSON_FEED]
WRITERS = {XML_FEEDS[0]: RssWriter, XML_FEEDS[1]: AtomWriter, JSON_FEED: JsonWriter}


def counting_writes(writer):
    return mock.patch.object(writer, "item_text", autospec=True, side_effect=writer.item_text)


@pytest.mark.parametrize("url", FEEDS)
def test_an_item_is_written_once_then_read_by_every_filter_of_the_same_format(client, url):
    trade = make_category(name="Trade", slug="trade")
    for number in range(3):
        make_message(title=f"Statement {number}", categories=[trade],
                     published_at=NOW - timedelta(hours=number + 1))

    with counting_writes(WRITERS[url]) as writes:
        first = client.get(url).content
        assert writes.call_count == 3
        assert client.get(url).content == first
        client.get(f"{url}?category=trade")
        assert writes.call_count == 3


@pytest.mark.parametrize("url", FEEDS)
def test_a_change_writes_the_items_again(client, url):
    message = make_message(title="First title")
    client.get(url)
    message.title = "Second title"
    message.save()

    assert b"Second title" in client.get(url).content
    assert b"First title" not in client.get(url).content


def test_each_origin_gets_items_with_its_own_links(client, settings):
    settings.ALLOWED_HOSTS = ["testserver", "press.example"]
    message = make_message(title="A statement")

    def first_link(**request):
        return feedparser.parse(client.get(XML_FEEDS[0], **request).content).entries[0].link

    plain = first_link()
    secure = first_link(secure=True)
    other = first_link(headers={"host": "press.example"})

    path = message.get_absolute_url()
    assert plain == f"http://testserver{path}"
    assert secure == f"https://testserver{path}"
    assert other == f"http://press.example{path}"


@pytest.mark.parametrize("url", XML_FEEDS)
def test_the_feed_s_date_is_its_newest_item_s_when_every_item_was_kept(client, url):
    older = make_message(published_at=NOW - timedelta(days=3))
    newer = make_message(published_at=NOW - timedelta(days=2))
    Message.objects.filter(pk=older.pk).update(updated_at=NOW - timedelta(days=3))
    Message.objects.filter(pk=newer.pk).update(updated_at=NOW - timedelta(hours=5))
    client.get(url)  # writes and keeps both items

    with counting_writes(WRITERS[url]) as writes:
        feed = parsed(client, url).feed
        assert writes.call_count == 0
    assert feed.updated_parsed[:5] == (NOW - timedelta(hours=5)).timetuple()[:5]


def test_a_message_that_left_the_public_before_its_item_was_written_gets_none():
    public = make_message(title="Public")
    draft = make_message(title="A draft", status=Message.Status.DRAFT)
    request = RequestFactory().get("/messages/feed/rss/")
    feed = FeedRequest(messages=Message.objects.none(), query="",
                       full_path=request.get_full_path(), site_name="Press office")

    written, none = RssFeed().write_items_for(feed, request, [public.pk, draft.pk])

    assert "<title>Public</title>" in written.text
    assert written.latest == public.updated_at
    assert none is None
