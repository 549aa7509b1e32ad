"""list_slices.list_ids: an unfiltered list's slice by SQL compiled once, the same ids as the
archive's queryset sliced, whichever end the pages are counted from; list_slices.ids_beside: a
page by cursor, likewise the queryset's own; and the pages and feeds that read them."""

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from press import list_slices, selectors
from press.feed_order import feed_position, place_of
from press.models import Message
from tests.factories import make_category, make_message
from tests.press.pages import listed_titles

NOW = datetime(2026, 11, 28, 12, tzinfo=UTC)
pytestmark = [pytest.mark.django_db, pytest.mark.time_machine(NOW, tick=False)]


@pytest.fixture
def archive():
    """45 English messages an hour apart (two at one instant), a third in a category; a
    Russian one, a draft, a binned one and a scheduled one, none of which any list shows."""
    category = make_category(name="Ukraine", slug="ukraine")
    for number in range(45):
        make_message(
            title=f"Message {number:02}", language="en",
            published_at=NOW - timedelta(hours=number if number != 44 else 43),
            categories=[category] if number % 3 == 0 else [],
        )
    make_message(title="Russian", language="ru", published_at=NOW - timedelta(minutes=5))
    make_message(title="Draft", status=Message.Status.DRAFT)
    make_message(title="Binned", published_at=NOW - timedelta(minutes=6), deleted_at=NOW)
    make_message(title="Scheduled", published_at=NOW + timedelta(minutes=1), categories=[category])
    return category


def sliced_by_the_orm(start, stop, oldest_first, category):
    messages = selectors.message_list("en")
    if category is not None:
        messages = messages.filter(categories=category)
    ids = messages.values_list("pk", flat=True)
    if not oldest_first:
        return list(ids[start:stop])
    return list(ids.reverse()[start:stop])[::-1]


@settings(max_examples=60)
@given(
    start=st.integers(0, 50), length=st.integers(0, 30), oldest_first=st.booleans(),
    in_category=st.booleans(),
)
def test_every_slice_is_the_querysets_own(archive, start, length, oldest_first, in_category):
    category = archive.pk if in_category else None

    assert list_slices.list_ids(
        "en", start, start + length, oldest_first=oldest_first, category=category
    ) == sliced_by_the_orm(start, start + length, oldest_first, category)


def test_the_archive_pages_from_either_end_list_newest_first(client, archive):
    titles = [f"Message {number:02}" for number in range(45)]
    titles[43], titles[44] = sorted(titles[43:], reverse=True)  # one instant: the newer id first

    assert listed_titles(client.get("/messages/")) == titles[:20]
    assert listed_titles(client.get("/messages/?page=2")) == titles[20:40]
    assert listed_titles(client.get("/messages/?page=last")) == titles[40:]


def test_a_category_and_the_feeds_list_only_what_is_published_by_now(client, archive, time_machine):
    assert "Scheduled" not in client.get("/categories/ukraine/").content.decode()
    assert "Scheduled" not in client.get("/messages/feed/rss/").content.decode()

    time_machine.move_to(NOW + timedelta(minutes=1))  # the same compiled SQL, a later "now"

    assert listed_titles(client.get("/categories/ukraine/"))[0] == "Scheduled"
    assert "Scheduled" in client.get("/messages/feed/rss/").content.decode()


def beside_by_the_orm(message_id, older, limit, category):
    messages = selectors.message_list("en").alias(position=feed_position())
    if category is not None:
        messages = messages.filter(categories=category)
    place = place_of(message_id)
    if older:
        return list(messages.filter(position__lt=place).values_list("pk", flat=True)[:limit])
    newer = messages.filter(position__gt=place).reverse().values_list("pk", flat=True)
    return list(newer[:limit])[::-1]


@settings(max_examples=60)
@given(
    index=st.integers(0, 48), older=st.booleans(), limit=st.integers(1, 25),
    in_category=st.booleans(),
)
def test_every_page_by_cursor_is_the_querysets_own(archive, index, older, limit, in_category):
    # Any message marks a place: a listed one, a Russian, a draft, a binned, a scheduled one.
    marking = list(Message.objects.order_by("pk").values_list("pk", flat=True))[index]
    category = archive.pk if in_category else None

    assert list_slices.ids_beside(
        "en", marking, older, limit, category=category
    ) == beside_by_the_orm(marking, older, limit, category)


def test_the_archive_pages_by_cursor_both_ways(client, archive):
    titles = [f"Message {number:02}" for number in range(45)]
    titles[43], titles[44] = sorted(titles[43:], reverse=True)
    ids = {message.title: message.pk for message in Message.objects.all()}

    older = client.get(f"/messages/?page=2&before={ids[titles[19]]}")
    newer = client.get(f"/messages/?page=2&after={ids[titles[40]]}")

    assert listed_titles(older) == titles[20:40]
    assert listed_titles(newer) == titles[20:40]
    assert client.get("/messages/?page=2&before=999999").status_code == 404
