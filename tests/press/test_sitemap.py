"""/sitemap.xml lists the public pages for search engines; /robots.txt points to it."""

import xml.etree.ElementTree as ET

import pytest

from tests.factories import make_category, make_message
from tests.press.pages import NOW, url_of

pytestmark = [pytest.mark.django_db, pytest.mark.time_machine(NOW, tick=False)]

NAMESPACE = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def sitemap_entries(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)  # noqa: S314 - our own response, not outside input
    return {
        url.findtext("sm:loc", namespaces=NAMESPACE): url.findtext(
            "sm:lastmod", namespaces=NAMESPACE
        )
        for url in root.findall("sm:url", NAMESPACE)
    }


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
    } == set(entries)
    # Last changed at 22:18 UTC on the 24th, which is the 25th in the home zone.
    assert entries[f"http://testserver{url_of(message)}"] == "2022-01-25"

