"""Each language's public pages list that language's messages only; a message's page links its
translation (the language switcher, hreflang), and its address keeps working whatever happens
to its language."""

import json
import xml.etree.ElementTree as ET
from datetime import timedelta

import feedparser
import pytest

from press.models import Message
from tests.factories import make_category, make_message
from tests.press.pages import NOW, page_text, url_of

pytestmark = [pytest.mark.django_db, pytest.mark.time_machine(NOW, tick=False)]

ENGLISH, RUSSIAN = "An English statement", "Русское заявление"


@pytest.fixture
def one_of_each():
    category = make_category(slug="ukraine", name="Ukraine", name_ru="Украина")
    english = make_message(title=ENGLISH, lead="The lead.", categories=[category])
    russian = make_message(
        title=RUSSIAN, lead="Анонс.", language="ru", categories=[category],
        published_at=NOW - timedelta(hours=2),
    )
    return english, russian


def titles_on(client, path):
    response = client.get(path)
    assert response.status_code == 200
    text = page_text(response)
    return {title for title in (ENGLISH, RUSSIAN) if title in text}


@pytest.mark.parametrize(
    "path", ["/", "/messages/", "/categories/ukraine/", "/messages/?category=ukraine"]
)
def test_each_languages_pages_list_only_its_messages(client, one_of_each, path):
    assert titles_on(client, path) == {ENGLISH}
    assert titles_on(client, f"/ru{path}") == {RUSSIAN}


def test_each_languages_category_counts_count_its_messages(client, one_of_each):
    make_message(title="Another", categories=[one_of_each[0].categories.get()])
    assert "2 messages" in page_text(client.get("/categories/"))
    assert "1 сообщение" in page_text(client.get("/ru/categories/"))


@pytest.mark.parametrize("feed", ["feed/rss/", "feed/atom/"])
def test_each_languages_xml_feeds_carry_only_its_messages(client, one_of_each, feed):
    english = feedparser.parse(client.get(f"/messages/{feed}").content)
    russian = feedparser.parse(client.get(f"/ru/messages/{feed}").content)

    assert [entry.title for entry in english.entries] == [ENGLISH]
    assert [entry.title for entry in russian.entries] == [RUSSIAN]
    assert english.feed.language == "en" and russian.feed.language == "ru"
    assert russian.feed.title == "Embassy of the Russian Federation: сообщения"
    assert russian.entries[0].link == f"http://testserver{url_of(one_of_each[1])}"
    assert url_of(one_of_each[1]).startswith("/ru/messages/")


def test_each_languages_json_feed_carries_only_its_messages(client, one_of_each):
    english = json.loads(client.get("/messages/feed.json").content)
    russian = json.loads(client.get("/ru/messages/feed.json").content)

    assert [item["title"] for item in english["items"]] == [ENGLISH]
    assert [item["title"] for item in russian["items"]] == [RUSSIAN]
    assert russian["language"] == "ru"
    assert russian["home_page_url"] == "http://testserver/ru/messages/"


def test_a_message_is_not_at_the_other_languages_address_it_is_redirected(client, one_of_each):
    english, russian = one_of_each
    assert client.get(url_of(russian)).status_code == 200
    wrong = url_of(russian).removeprefix("/ru")

    response = client.get(wrong)

    assert response.status_code == 301
    assert response["Location"] == url_of(russian)


def test_a_message_switched_to_the_other_language_after_publication_keeps_a_live_address(
    client, one_of_each
):
    english, _ = one_of_each
    quoted = url_of(english)
    english.language = "ru"
    english.save()

    response = client.get(quoted, follow=True)

    assert response.redirect_chain == [(f"/ru{quoted}", 301)]
    assert response.status_code == 200
    assert ENGLISH in page_text(response)


# The message page's links to its translation.


def alternates(response):
    html = response.content.decode()
    head = html[: html.index("</head>")]
    return sorted(
        line.strip() for line in head.splitlines() if 'rel="alternate" hreflang' in line
    )


def switcher_href(response):
    html = response.content.decode()
    start = html.index('class="language-switcher"')
    href = html.index('href="', start) + len('href="')
    return html[href : html.index('"', href)]


def test_a_message_with_a_public_translation_links_it_both_ways(client):
    english = make_message(title=ENGLISH)
    russian = make_message(title=RUSSIAN, language="ru", translation_of=english)
    expected = [
        f'<link rel="alternate" hreflang="en" href="http://testserver{url_of(english)}">',
        f'<link rel="alternate" hreflang="ru" href="http://testserver{url_of(russian)}">',
    ]

    for message, other in [(english, russian), (russian, english)]:
        response = client.get(url_of(message))
        assert alternates(response) == expected
        assert switcher_href(response) == url_of(other)


@pytest.mark.parametrize(
    "state",
    [{"status": Message.Status.DRAFT},
     {"published_at": NOW + timedelta(days=1)},
     {"status": Message.Status.WITHDRAWN},
     {"deleted_at": NOW}],
    ids=["draft", "scheduled", "withdrawn", "binned"],
)
def test_a_translation_that_is_not_public_is_not_linked(client, state):
    english = make_message(title=ENGLISH)
    make_message(title=RUSSIAN, language="ru", translation_of=english, **state)

    response = client.get(url_of(english))

    assert alternates(response) == []
    assert switcher_href(response) == "/ru/messages/"  # the other language's archive


SITEMAP = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
           "xhtml": "http://www.w3.org/1999/xhtml"}


def sitemap_alternates(client):
    """{address: sorted (hreflang, address) alternates} over every section of the sitemap."""
    index = ET.fromstring(client.get("/sitemap.xml").content)  # noqa: S314 - our own response
    found = {}
    for section in index.findall("sm:sitemap/sm:loc", SITEMAP):
        root = ET.fromstring(  # noqa: S314 - our own response
            client.get(section.text.removeprefix("http://testserver")).content
        )
        for url in root.findall("sm:url", SITEMAP):
            found[url.findtext("sm:loc", namespaces=SITEMAP)] = sorted(
                (link.get("hreflang"), link.get("href"))
                for link in url.findall("xhtml:link", SITEMAP)
            )
    return found


def test_the_sitemap_names_each_message_in_its_language_with_its_translation(client):
    english = make_message(title=ENGLISH)
    russian = make_message(title=RUSSIAN, language="ru", translation_of=english)
    alone = make_message(title="Untranslated")
    make_message(title="Черновик перевода", language="ru", translation_of=alone,
                 status=Message.Status.DRAFT)

    links = sitemap_alternates(client)

    pair = [("en", f"http://testserver{url_of(english)}"),
            ("ru", f"http://testserver{url_of(russian)}")]
    assert links[f"http://testserver{url_of(english)}"] == pair
    assert links[f"http://testserver{url_of(russian)}"] == pair
    assert links[f"http://testserver{url_of(alone)}"] == []
    assert links["http://testserver/messages/"] == [
        ("en", "http://testserver/messages/"), ("ru", "http://testserver/ru/messages/")
    ]
