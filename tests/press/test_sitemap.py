"""/sitemap.xml lists the public pages for search engines; /robots.txt points to it."""

import xml.etree.ElementTree as ET

import pytest

from tests.factories import make_category, make_message
from tests.press.pages import NOW, url_of

pytestmark = [pytest.mark.django_db, pytest.mark.time_machine(NOW, tick=False)]

NAMESPACE = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def sitemap_entries(client):
    """Every URL of every section the sitemap index lists, with its lastmod."""
    index = client.get("/sitemap.xml")
    assert index.status_code == 200
    entries = {}
    for section in ET.fromstring(index.content).findall("sm:sitemap/sm:loc", NAMESPACE):  # noqa: S314
        response = client.get(section.text.removeprefix("http://testserver"))
        assert response.status_code == 200
        root = ET.fromstring(response.content)  # noqa: S314 - our own response
        for url in root.findall("sm:url", NAMESPACE):
            entries[url.findtext("sm:loc", namespaces=NAMESPACE)] = url.findtext(
                "sm:lastmod", namespaces=NAMESPACE
            )
    return entries


def test_the_sitemap_lists_home_archive_categories_and_every_public_message(client):
    make_category(slug="ukraine")
    message = make_message(title="A statement")

    entries = sitemap_entries(client)

    assert {
        "http://testserver/",
        "http://testserver/messages/",
        "http://testserver/categories/",
        "http://testserver/categories/ukraine/",
        f"http://testserver{url_of(message)}",
        # The pages every language has, in Russian too; the message is in English only.
        "http://testserver/ru/",
        "http://testserver/ru/messages/",
        "http://testserver/ru/categories/",
        "http://testserver/ru/categories/ukraine/",
    } == set(entries)
    # Last changed at 22:18 UTC on the 24th, which is the 25th in the home zone.
    assert entries[f"http://testserver{url_of(message)}"] == "2022-01-25"



def test_messages_are_split_into_sections_of_a_bounded_size(client, monkeypatch):
    from press import sitemaps

    # Two ids a section rather than thousands of messages.
    monkeypatch.setattr(sitemaps, "SECTION_SIZE", 2)
    messages = [make_message(title=f"Message {n}") for n in range(5)]

    index = client.get("/sitemap.xml").content.decode()
    for block in {message.pk // 2 for message in messages}:
        assert f"http://testserver/sitemap-messages-{block}.xml" in index
        section = client.get(f"/sitemap-messages-{block}.xml")
        assert section.status_code == 200
        assert section.content.decode().count("<url>") <= 2
    assert set(sitemap_entries(client)) >= {f"http://testserver{url_of(m)}" for m in messages}


def test_a_section_that_does_not_exist_is_not_found(client):
    for name in ["nothing", "messages-x", "messages-", "messages-１"]:
        assert client.get(f"/sitemap-{name}.xml").status_code == 404
