"""The home page reproduces the reference page: the featured remarks, ten dated items, a link."""

from datetime import timedelta

import pytest
from django.core.management import call_command

from core.site_settings import SiteSettings
from tests.factories import make_message, make_person
from tests.press.pages import NOW, page_text, url_of
from tests.press.test_demo_content import FEATURED_TITLE, REFERENCE_ITEMS

pytestmark = [pytest.mark.django_db, pytest.mark.time_machine(NOW, tick=False)]


def test_home_shows_the_featured_remarks_then_the_reference_items_then_all_messages(client):
    call_command("load_demo")

    text = page_text(client.get("/"))

    position = text.index(FEATURED_TITLE)
    for item in REFERENCE_ITEMS:
        position = text.index(item, position + 1)
    assert text.index("all messages", position) > position
    assert text.count(FEATURED_TITLE) == 1  # shown above, so left out of the list


def test_the_featured_message_is_shown_whole_with_its_date_and_speaker(client):
    speaker = make_person(name="Sergey Lavrov", position="Foreign Minister")
    make_message(
        title="Remarks", featured=True, people=[speaker],
        body="Friends, colleagues,\n\nThe *last* paragraph.",
        published_at=NOW - timedelta(days=2),
    )

    response = client.get("/")

    text = page_text(response)
    assert "Remarks 23.01.2022 · Sergey Lavrov, Foreign Minister Friends, colleagues," in text
    assert "<em>last</em>" in response.content.decode()


def test_each_latest_message_links_to_its_page_with_its_lead_under_it(client):
    message = make_message(title="A statement", lead="What the statement says.")

    response = client.get("/")

    content = response.content.decode()
    assert f'href="{url_of(message)}"' in content
    # An hour before 22:18 in London is already 00:18 on the 25th in Moscow.
    assert "25.01.2022 - A statement What the statement says." in page_text(response)


def test_the_list_shows_the_configured_number_newest_first(client):
    for hours in range(12):
        make_message(title=f"Item {hours}", published_at=NOW - timedelta(hours=hours + 1))

    text = page_text(client.get("/"))

    shown = [f"Item {hours}" for hours in range(12) if f" - Item {hours} " in text]
    assert shown == [f"Item {hours}" for hours in range(10)]
    assert text.index(" - Item 0 ") < text.index(" - Item 9 ")


def test_a_new_number_of_latest_messages_and_a_new_featured_message_show_at_once(client):
    # Each is read by SQL compiled once (press/selectors.py): the number is part of the SQL.
    for hours in range(6):
        make_message(title=f"Item {hours}", published_at=NOW - timedelta(hours=hours + 1))
    client.get("/")
    settings = SiteSettings.load()
    settings.home_latest_count = 3
    settings.save()
    make_message(title="Featured", featured=True, published_at=NOW - timedelta(minutes=5))

    text = page_text(client.get("/"))

    assert [f"Item {hours}" for hours in range(6) if f" - Item {hours} " in text] == [
        "Item 0", "Item 1", "Item 2",
    ]
    assert "Featured" in text and " - Featured " not in text


def test_dates_are_home_zone_dates(client):
    # 23:30 in London on 23 January is 02:30 on the 24th in Moscow.
    make_message(title="Late statement", published_at=NOW.replace(day=23, hour=23, minute=30))

    assert "24.01.2022 - Late statement" in page_text(client.get("/"))


def test_home_links_to_all_messages_and_offers_the_feeds(client):
    content = client.get("/").content.decode()

    assert '<a href="/messages/">all messages</a>' in content
    assert 'rel="alternate" type="application/rss+xml"' in content
    assert 'rel="alternate" type="application/atom+xml"' in content
    assert 'rel="alternate" type="application/feed+json"' in content


def test_home_has_one_h1_landmarks_and_a_skip_link(client):
    content = client.get("/").content.decode()

    assert content.count("<h1") == 1
    assert '<a class="skip-link" href="#main">' in content
    for landmark in ("<header", "<nav", '<main id="main"', "<footer"):
        assert landmark in content
    assert 'href="/consular/"' in content
