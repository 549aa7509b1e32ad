"""No writer's text runs in a reader's browser or feed reader: every vector of tests/xss.py,
typed into every field that reaches a page or a feed, arrives as text (or sanitised)."""

import html
import json
import xml.etree.ElementTree as ET

import pytest

from core.site_settings import SiteSettings
from counters.models import Incident
from tests.factories import make_category, make_message, make_person
from tests.press.pages import NOW, url_of
from tests.xss import VECTORS, live_markup

pytestmark = [pytest.mark.django_db, pytest.mark.time_machine(NOW, tick=False)]

ATOM = "{http://www.w3.org/2005/Atom}"
FEEDS = ["/messages/feed/rss/", "/messages/feed/atom/", "/messages/feed.json"]


def publish_everywhere(vector):
    """The vector in every text field of a message, its category, its speaker, the header."""
    site = SiteSettings.load()
    site.site_name = vector
    site.save()
    Incident.objects.create(name=vector, note=vector, occurred_on=NOW.date())
    category = make_category(name=vector, slug="vector-category", description=vector)
    person = make_person(name=vector, position=vector, slug="vector-person")
    return make_message(title=vector, lead=vector, body=vector, outlet=vector,
                        categories=[category], people=[person], featured=True)


def vector_ids():
    return [f"vector-{number}" for number in range(1, len(VECTORS) + 1)]


@pytest.mark.parametrize("vector", VECTORS, ids=vector_ids())
def test_no_vector_is_live_markup_on_any_page(client, vector):
    message = publish_everywhere(vector)

    for url in ["/", "/messages/", url_of(message), "/categories/", "/categories/vector-category/",
                "/messages/?person=vector-person"]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert live_markup(response.content.decode()) == [], url


def rss_items(content):
    return ET.fromstring(content).iter("item")


@pytest.mark.parametrize("vector", VECTORS, ids=vector_ids())
def test_a_lead_reaches_rss_and_atom_readers_as_escaped_text(client, vector):
    publish_everywhere(vector)

    (rss_item,) = rss_items(client.get(FEEDS[0]).content)
    atom_entry = ET.fromstring(client.get(FEEDS[1]).content).find(f"{ATOM}entry")
    atom_summary = atom_entry.find(f"{ATOM}summary")

    assert atom_summary.get("type") == "html"
    for description in [rss_item.findtext("description"), atom_summary.text]:
        # The HTML a reader gets holds no tag at all, and reads as the lead, character for
        # character.
        assert "<" not in description
        assert html.unescape(description) == vector
    assert atom_entry.find(f"{ATOM}title").get("type") in (None, "text")


@pytest.mark.parametrize("vector", VECTORS, ids=vector_ids())
def test_the_json_feed_gives_the_lead_as_text_and_the_body_sanitised(client, vector):
    publish_everywhere(vector)

    (item,) = json.loads(client.get(FEEDS[2]).content)["items"]

    assert item["summary"] == vector  # JSON Feed's summary is plain text
    assert live_markup(item["content_html"]) == []
