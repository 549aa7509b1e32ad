"""A draft, a submitted, a withdrawn, a deleted and a future-dated message are absent from every
public surface. A withdrawn message alone keeps its own page, with a dated notice."""

from datetime import timedelta

import pytest

from press.models import Message
from tests.factories import make_category, make_message, make_person
from tests.press.pages import NOW, get_surface, page_text, url_of

pytestmark = [pytest.mark.django_db, pytest.mark.time_machine(NOW, tick=False)]

# Each surface, and what shows that it does list the one public message.
SURFACES = [
    ("/", "Public message"),
    ("/messages/", "Public message"),
    ("/messages/?category=ukraine&person=speaker", "Public message"),
    ("/categories/", "Ukraine 1 message"),
    ("/categories/ukraine/", "Public message"),
    ("/messages/feed/rss/", "Public message"),
    ("/messages/feed/atom/", "Public message"),
    ("/messages/feed.json", "Public message"),
    ("/messages/feed/rss/?category=ukraine", "Public message"),
    ("/sitemap.xml", "/public-message/"),
]


@pytest.fixture
def hidden_messages(db):
    """One public message and five hidden ones, all featured, in the same category."""
    ukraine = make_category(name="Ukraine", slug="ukraine")
    speaker = make_person(slug="speaker")
    shared = {"categories": [ukraine], "people": [speaker], "featured": True}
    make_message(title="Public message", published_at=NOW - timedelta(days=2), **shared)
    return [
        make_message(title="Hidden draft", slug="hidden-draft", status=Message.Status.DRAFT,
                     published_at=NOW - timedelta(days=1), **shared),
        make_message(title="Hidden withdrawn", slug="hidden-withdrawn",
                     status=Message.Status.WITHDRAWN, published_at=NOW - timedelta(days=1),
                     **shared),
        make_message(title="Hidden scheduled", slug="hidden-scheduled",
                     published_at=NOW + timedelta(minutes=5), **shared),
        make_message(title="Hidden submitted", slug="hidden-submitted",
                     status=Message.Status.SUBMITTED, published_at=NOW - timedelta(days=1),
                     **shared),
        make_message(title="Hidden deleted", slug="hidden-deleted",
                     published_at=NOW - timedelta(days=1), deleted_at=NOW - timedelta(hours=1),
                     **shared),
    ]


@pytest.mark.parametrize("url, public_mark", SURFACES)
def test_hidden_messages_are_absent_from_every_list_feed_and_the_sitemap(
    client, hidden_messages, url, public_mark
):
    response = get_surface(client, url)

    content = response.content.decode()
    assert response.status_code == 200
    assert public_mark in page_text(response) or public_mark in content
    assert "Hidden" not in content
    assert "hidden-" not in content


def test_hidden_messages_have_no_page_but_a_withdrawn_one_keeps_its_page_with_a_notice(
    client, hidden_messages
):
    for message in hidden_messages:
        response = client.get(url_of(message))
        if message.status == Message.Status.WITHDRAWN:
            assert response.status_code == 200
            assert "Withdrawn" in page_text(response)
        else:
            assert response.status_code == 404, message.title
