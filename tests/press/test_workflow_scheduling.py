"""Scheduling in visible zones: entered in the home zone, compared with London, no cron job."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine

from core.clocks import Clock
from press.models import Message, MessageEvent
from tests.factories import make_category, make_message
from tests.press.admin_helpers import admin_url, client_for, errors_of, post_change
from tests.press.pages import get_surface, url_of

pytestmark = pytest.mark.django_db

SUMMER = datetime(2022, 7, 1, 7, 0, tzinfo=UTC)  # 10:00 Moscow, 08:00 London (BST)
WINTER = datetime(2022, 1, 24, 7, 0, tzinfo=UTC)  # 10:00 Moscow, 07:00 London (GMT)


def help_text_of(client, message):
    response = client.get(admin_url(Message, "change", message.pk))
    return str(response.context["adminform"].form.fields["published_at"].help_text)


def test_the_add_form_says_which_zone_times_are_in(editor):
    page = client_for(editor).get(admin_url(Message, "add")).content.decode()
    assert "Times are Moscow time (Europe/Moscow)." in page


@pytest.mark.parametrize(
    ("published_at", "comparison"),
    [
        (SUMMER, "10:00 Moscow = 08:00 London"),
        (WINTER, "10:00 Moscow = 07:00 London"),
        # 01:30 in Moscow on 2 July is still 1 July in London: the day is named.
        (datetime(2022, 7, 1, 22, 30, tzinfo=UTC), "01:30 Moscow = 23:30 on 01.07 London"),
    ],
    ids=["british summer time", "winter", "across midnight"],
)
def test_the_form_shows_the_saved_instant_in_moscow_and_london(editor, published_at, comparison):
    message = make_message(published_at=published_at)
    assert comparison in help_text_of(client_for(editor), message)


def test_the_compared_zones_are_the_header_clocks(editor):
    Clock.objects.create(label="New York", time_zone="America/New_York", order=3)
    message = make_message(published_at=SUMMER)
    assert "10:00 Moscow = 08:00 London = 03:00 New York" in help_text_of(
        client_for(editor), message
    )


@time_machine.travel(SUMMER, tick=False)
def test_an_editor_schedules_in_moscow_time_and_the_changelist_shows_when(writer, editor):
    message = make_message(status=Message.Status.SUBMITTED, submitted_by=writer,
                           title="To be scheduled")
    client = client_for(editor)
    response = post_change(client, message, status="published",
                           published_at_0="2022-07-01", published_at_1="18:00:00")
    assert response.status_code == 302
    message.refresh_from_db()
    assert message.published_at == datetime(2022, 7, 1, 15, 0, tzinfo=UTC)
    assert not Message.objects.published().exists()
    changelist = client.get(admin_url(Message, "changelist")).content.decode()
    assert "Scheduled for 01.07.2022 18:00 Moscow time" in changelist
    event = message.events.get(action=MessageEvent.Action.SCHEDULED)
    assert (event.user, event.note) == (editor, "For 01.07.2022 18:00 Moscow time")


@time_machine.travel(SUMMER, tick=False)
def test_scheduling_in_the_past_is_refused_with_a_clear_message(writer, editor):
    message = make_message(status=Message.Status.SUBMITTED, submitted_by=writer)
    response = post_change(client_for(editor), message, status="published",
                           published_at_0="2022-07-01", published_at_1="09:00:00")
    assert response.status_code == 200
    assert errors_of(response) == [
        "01.07.2022 09:00 Moscow time has already passed. Choose a time in the future to "
        "schedule the message, or the current time to publish it now."
    ]
    message.refresh_from_db()
    assert message.status == Message.Status.SUBMITTED


@time_machine.travel(SUMMER, tick=False)
def test_changing_a_schedule_replaces_it(editor):
    message = make_message(published_at=SUMMER + timedelta(hours=8))
    response = post_change(client_for(editor), message,
                           published_at_0="2022-07-02", published_at_1="09:30:00")
    assert response.status_code == 302
    message.refresh_from_db()
    assert message.published_at == datetime(2022, 7, 2, 6, 30, tzinfo=UTC)
    assert Message.objects.count() == 1
    assert message.events.get().note == "Rescheduled for 02.07.2022 09:30 Moscow time"


@time_machine.travel(SUMMER, tick=False)
def test_editing_a_published_message_keeps_its_date_without_tripping_the_past_check(editor):
    message = make_message(published_at=SUMMER - timedelta(days=3, microseconds=-250))
    response = post_change(client_for(editor), message, lead="A corrected lead.")
    assert response.status_code == 302
    message.refresh_from_db()
    assert message.lead == "A corrected lead."


# Every public surface ("page" is the message's own address). The search looks for a word
# of its title.
SURFACES = [
    "/",
    "/messages/",
    "/categories/fisheries/",
    "/messages/feed/rss/",
    "/messages/feed/atom/",
    "/messages/feed.json",
    "/sitemap.xml",
    "/messages/?q=fisheries",
    "page",
]


@pytest.mark.parametrize("page_cache", [False, True], ids=["no page cache", "page cache"])
@pytest.mark.parametrize("surface", SURFACES)
def test_a_scheduled_message_is_absent_one_second_before_and_present_one_second_after(
    client, settings, surface, page_cache
):
    if page_cache:  # a page cached just before the time must not outlive it
        settings.CACHES = settings.PAGE_CACHE
    with time_machine.travel(SUMMER - timedelta(hours=1), tick=False) as traveller:
        fisheries = make_category(name="Fisheries", slug="fisheries")
        make_message(title="Earlier statement on fisheries", slug="earlier-statement",
                     categories=[fisheries], published_at=SUMMER - timedelta(days=1))
        message = make_message(title="Embargoed statement on fisheries",
                               slug="embargoed-statement", categories=[fisheries],
                               published_at=SUMMER)
        url = url_of(message) if surface == "page" else surface

        traveller.move_to(SUMMER - timedelta(seconds=1))
        before = get_surface(client, url)
        before_status = before.status_code
        assert not Message.objects.published().filter(pk=message.pk).exists()

        traveller.move_to(SUMMER + timedelta(seconds=1))
        after = get_surface(client, url)
        after_status = after.status_code
        assert list(Message.objects.published().filter(pk=message.pk)) == [message]

    before, after = before.content.decode(), after.content.decode()
    if surface == "page":
        assert (before_status, after_status) == (404, 200)
    else:
        assert (before_status, after_status) == (200, 200)
        assert "earlier-statement" in before  # the surface does list what is public
        assert "embargoed-statement" not in before
    assert "Embargoed statement" not in before
    assert "embargoed-statement" in after
    if surface != "/sitemap.xml":  # which lists addresses, not titles
        assert "Embargoed statement on fisheries" in after
