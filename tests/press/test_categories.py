"""/categories/ lists the categories; each one's page is the archive filtered to it."""

from datetime import timedelta

import pytest

from tests.factories import make_category, make_message
from tests.press.pages import NOW, listed_titles, page_text

pytestmark = [pytest.mark.django_db, pytest.mark.time_machine(NOW, tick=False)]


def test_categories_are_listed_in_their_order_with_their_public_message_counts(client):
    ukraine = make_category(name="Ukraine", slug="ukraine", order=1)
    kazakhstan = make_category(name="Kazakhstan", slug="kazakhstan", order=0)
    make_category(name="Empty", slug="empty", order=2)
    make_message(categories=[ukraine])
    make_message(categories=[ukraine, kazakhstan])

    text = page_text(client.get("/categories/"))

    assert "Kazakhstan 1 message" in text
    assert "Ukraine 2 messages" in text
    assert "Empty 0 messages" in text
    assert text.index("Kazakhstan") < text.index("Ukraine") < text.index("Empty")


def test_a_category_page_shows_its_description_and_only_its_messages_newest_first(client):
    ukraine = make_category(
        name="Ukraine", slug="ukraine", description="The situation around Ukraine."
    )
    other = make_category(slug="other")
    make_message(title="Older on Ukraine", categories=[ukraine],
                 published_at=NOW - timedelta(days=2))
    make_message(title="Newer on Ukraine", categories=[ukraine, other],
                 published_at=NOW - timedelta(days=1))
    make_message(title="Elsewhere", categories=[other])

    response = client.get("/categories/ukraine/")

    text = page_text(response)
    assert "Ukraine The situation around Ukraine. 2 messages in this category." in text
    assert listed_titles(response) == [
        "Newer on Ukraine", "Older on Ukraine"
    ]
    assert "<h1>Ukraine</h1>" in response.content.decode()


def test_a_category_page_pages_by_twenty_and_offers_its_feeds(client):
    ukraine = make_category(slug="ukraine")
    for hours in range(21):
        make_message(categories=[ukraine], published_at=NOW - timedelta(hours=hours + 1))

    first, second = client.get("/categories/ukraine/"), client.get("/categories/ukraine/?page=2")

    assert len(first.context["messages"]) == 20
    assert len(second.context["messages"]) == 1
    content = second.content.decode()
    assert 'href="/messages/feed/atom/?category=ukraine"' in content
    assert 'href="?page=1"' in content


def test_an_empty_category_says_so(client):
    make_category(slug="empty")

    assert "No messages have been published in this category yet." in page_text(
        client.get("/categories/empty/")
    )


def test_an_unknown_category_is_not_found(client):
    assert client.get("/categories/no-such-category/").status_code == 404
    assert client.get("/categories/%00/").status_code == 404



def test_a_category_is_found_without_a_query_once_kept_and_a_new_or_renamed_one_at_once(
    client, django_assert_num_queries
):
    ukraine = make_category(name="Ukraine", slug="ukraine")
    client.get("/categories/ukraine/")  # keeps the categories, the count, the page's frame

    # A known slug reads no category row; an unknown one is a 404 with no query at all.
    with django_assert_num_queries(1):  # the page's ids only
        assert client.get("/categories/ukraine/").status_code == 200
    with django_assert_num_queries(0):
        assert client.get("/categories/guessed/").status_code == 404

    make_category(name="Arctic", slug="arctic")
    assert "Arctic" in page_text(client.get("/categories/arctic/"))
    ukraine.name = "Ukraine and the region"
    ukraine.save()
    assert "Ukraine and the region" in page_text(client.get("/categories/ukraine/"))
