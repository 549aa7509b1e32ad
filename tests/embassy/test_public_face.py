"""What every public page carries: a description and a card for link previews, the current
section marked in the navigation, and a footer with contacts, feeds and the site's own pages."""

import re
from html import unescape

import pytest
from django.core.management import call_command

from embassy.consular.models import ConsularOffice
from press.models import Category, Message
from tests.press.pages import page_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(db):
    call_command("load_demo")
    message = Message.objects.published().filter(featured=False, language="en").first()
    category = Category.objects.first()
    office = ConsularOffice.objects.first()
    # page → the section its navigation marks (None: no section)
    return {
        "/": ("Home", "page"),
        "/messages/": ("All messages", "page"),
        "/messages/?kind=interview": ("All messages", "page"),  # the same page, filtered
        message.get_absolute_url(): ("All messages", "true"),
        "/categories/": ("Categories", "page"),
        f"/categories/{category.slug}/": ("Categories", "true"),
        "/consular/": ("Consular", "page"),
        office.get_absolute_url(): ("Consular", "true"),
        "/accessibility/": (None, None),
        "/privacy/": (None, None),
        "/no-such-page/": (None, None),
    }


def meta(content, attribute, name):
    found = re.findall(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)">', content)
    assert len(found) == 1, (attribute, name, found)
    return unescape(found[0])


def test_every_public_page_has_a_description_and_an_opengraph_card(client, pages):
    descriptions = set()
    for url in pages:
        response = client.get(url)
        content = response.content.decode()
        description = meta(content, "name", "description")
        assert 50 <= len(description) <= 300, (url, description)
        assert meta(content, "property", "og:description") == description
        assert meta(content, "property", "og:title")
        assert meta(content, "property", "og:type") in {"website", "article"}
        assert meta(content, "property", "og:url").startswith("http://testserver/")
        assert meta(content, "property", "og:site_name") == "Embassy of the Russian Federation"
        descriptions.add(description)
    # Each kind of page describes itself (the three plain pages and the 404 differ too).
    assert len(descriptions) >= len(pages) - 2


def test_the_navigation_marks_the_current_section_on_every_page(client, pages):
    for url, (section, current) in pages.items():
        content = client.get(url).content.decode()
        marked = re.findall(r'<a href="[^"]*" aria-current="(page|true)">([^<]*)</a>', content)
        assert marked == ([(current, section)] if section else []), url
        for label in ("Home", "All messages", "Categories", "Consular"):
            assert re.search(rf'<li><a href="[^"]*"[^>]*>{label}</a></li>', content), (url, label)


def test_the_footer_has_contacts_feeds_and_the_accessibility_and_privacy_pages(client, pages):
    for url in pages:
        footer = client.get(url).content.decode().split('<footer class="site-footer">', 1)[1]
        for target in ("tel:+44-20-3668-7474", "/consular/", "/messages/feed/rss/",
                       "/messages/feed/atom/", "/messages/feed.json", "/accessibility/",
                       "/privacy/"):
            assert f'href="{target}"' in footer, (url, target)


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("/accessibility/", "Move through every page with a keyboard alone"),
        ("/privacy/", "The public pages set no cookies"),
    ],
)
def test_the_accessibility_and_privacy_pages_say_something_real(client, url, says):
    response = client.get(url)
    assert response.status_code == 200
    assert says in page_text(response)
    assert response["Cache-Control"].startswith("max-age=") or "public" in response["Cache-Control"]
