"""RSS, Atom and JSON feeds: the 50 newest public messages, with the archive's filters."""

import json
from datetime import timedelta

import feedparser
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from press import selectors
from tests.factories import make_category, make_message
from tests.press.pages import NOW, url_of

pytestmark = [pytest.mark.django_db, pytest.mark.time_machine(NOW, tick=False)]

XML_FEEDS = ["/messages/feed/rss/", "/messages/feed/atom/"]
JSON_FEED = "/messages/feed.json"
JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"


def parsed(client, url):
    response = client.get(url)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


def json_feed(client, url=JSON_FEED):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/feed+json")
    return json.loads(response.content)


def entry_titles(feed):
    return [entry.title for entry in feed.entries]


@pytest.mark.parametrize("url", XML_FEEDS)
def test_xml_feeds_parse_without_errors_and_carry_each_message(client, url):
    ukraine = make_category(name="Ukraine", slug="ukraine")
    message = make_message(
        title="Comment on “sanctions” & <more>", lead="The lead.", categories=[ukraine],
        published_at=NOW - timedelta(days=1),
    )

    feed = parsed(client, url)

    assert feed.feed.title == "Embassy of the Russian Federation: messages"
    (entry,) = feed.entries
    assert entry.title == "Comment on “sanctions” & <more>"
    assert entry.link == f"http://testserver{url_of(message)}"
    assert entry.summary == "The lead."
    assert entry.published_parsed[:5] == (2022, 1, 23, 22, 18)
    assert [tag.term for tag in entry.tags] == ["Ukraine"]


def test_the_atom_feed_names_its_author_as_atom_requires(client):
    make_message()

    assert parsed(client, "/messages/feed/atom/").feed.author == "Embassy of the Russian Federation"


def test_the_json_feed_carries_json_feed_1_1s_required_fields(client):
    message = make_message(title="A statement", lead="The lead.", body="The *text*.")

    feed = json_feed(client)

    assert feed["version"] == JSON_FEED_VERSION
    assert feed["title"] == "Embassy of the Russian Federation: messages"
    assert feed["authors"] == [{"name": "Embassy of the Russian Federation"}]
    assert feed["home_page_url"] == "http://testserver/messages/"
    assert feed["feed_url"] == "http://testserver/messages/feed.json"
    (item,) = feed["items"]
    assert item["id"] == item["url"] == f"http://testserver{url_of(message)}"
    assert item["content_html"] == "<p>The <em>text</em>.</p>"
    assert item["summary"] == "The lead."
    assert item["title"] == "A statement"
    assert item["date_published"] == "2022-01-24T21:18:00+00:00"


def test_an_empty_json_feed_is_still_valid(client):
    feed = json_feed(client)

    assert feed["version"] == JSON_FEED_VERSION
    assert feed["items"] == []


@pytest.mark.parametrize("url", [*XML_FEEDS, JSON_FEED])
def test_feeds_list_the_fifty_newest_newest_first(client, url):
    for hours in range(55):
        make_message(title=f"Item {hours}", published_at=NOW - timedelta(hours=hours + 1))

    if url == JSON_FEED:
        titles = [item["title"] for item in json_feed(client)["items"]]
    else:
        titles = entry_titles(parsed(client, url))

    assert titles == [f"Item {hours}" for hours in range(50)]


@pytest.mark.parametrize("url", [*XML_FEEDS, JSON_FEED])
def test_feeds_take_the_archives_filters(client, url):
    ukraine = make_category(slug="ukraine")
    make_message(title="Statement on Ukraine", kind="statement", categories=[ukraine])
    make_message(title="Comment on Ukraine", kind="comment", categories=[ukraine])
    make_message(title="Statement elsewhere", kind="statement")
    query = "?kind=statement&category=ukraine"

    if url == JSON_FEED:
        feed = json_feed(client, url + query)
        titles, link = [item["title"] for item in feed["items"]], feed["home_page_url"]
    else:
        feed = parsed(client, url + query)
        titles, link = entry_titles(feed), feed.feed.link

    assert titles == ["Statement on Ukraine"]
    assert link == f"http://testserver/messages/{query}"


@pytest.mark.parametrize("url", [*XML_FEEDS, JSON_FEED])
def test_feeds_may_be_cached_publicly(client, url):
    make_message()

    response = client.get(url)

    assert "public" in response.headers["Cache-Control"]
    assert "Last-Modified" in response.headers


@pytest.mark.parametrize(
    ("path", "loads_body"),
    [
        ("/messages/feed/rss/", False),
        ("/messages/feed/atom/", False),
        ("/messages/feed.json", True),
    ],
)
def test_a_feed_loads_the_rendered_body_only_if_it_shows_it(client, path, loads_body):
    make_message(body="A long body " * 100)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    # The query that loads the items' columns (the one before it only picks their ids).
    message_query = next(
        query["sql"] for query in queries.captured_queries
        if 'FROM "press_message"' in query["sql"] and '"press_message"."title"' in query["sql"]
    )
    assert ('"body_html"' in message_query) is loads_body
    assert '"body"' not in message_query.replace('"body_html"', "")


@pytest.mark.parametrize("url", [*XML_FEEDS, JSON_FEED, "/ru/messages/feed/rss/"])
def test_an_unfiltered_feed_builds_no_queryset_and_a_filtered_one_does(client, monkeypatch,
                                                                       url):
    make_message(title="Grain deal", kind="statement")
    built = []
    real = selectors.message_list
    monkeypatch.setattr(selectors, "message_list", lambda *a, **k: built.append(a) or real(*a, **k))

    assert client.get(url).status_code == 200
    assert built == []  # its ids came by compiled SQL (press/list_slices.py)

    assert client.get(f"{url}?kind=statement").status_code == 200
    assert len(built) == 1
