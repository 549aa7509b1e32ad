"""The open/closed state, computed in the office's own zone, with closures and DST."""

import zoneinfo
from datetime import UTC, date, datetime, time
from types import SimpleNamespace

import pytest

from embassy.consular.opening import opening_state

LONDON = zoneinfo.ZoneInfo("Europe/London")
MOSCOW = zoneinfo.ZoneInfo("Europe/Moscow")


def weekdays(*ranges):
    return [
        SimpleNamespace(weekday=day, opens=opens, closes=closes)
        for day in range(5)
        for opens, closes in ranges
    ]


MORNINGS = weekdays((time(9, 30), time(12, 30)))
SPLIT_DAY = weekdays((time(9, 0), time(12, 0)), (time(14, 0), time(16, 0)))


def utc(*parts):
    return datetime(*parts, tzinfo=UTC)


def state_at(instant, hours=MORNINGS, zone=LONDON, closures=None):
    return opening_state(instant, zone, hours, closures or {})


# Monday 24 January 2022: London is on GMT, so local time equals UTC.
@pytest.mark.parametrize(
    ("instant", "label", "changes_at"),
    [
        (utc(2022, 1, 24, 9, 29, 59), "Closed — opens today at 09:30", utc(2022, 1, 24, 9, 30)),
        (utc(2022, 1, 24, 9, 30), "Open now — closes at 12:30", utc(2022, 1, 24, 12, 30)),
        (utc(2022, 1, 24, 12, 29, 59), "Open now — closes at 12:30", utc(2022, 1, 24, 12, 30)),
        (utc(2022, 1, 24, 12, 30), "Closed — opens Tuesday at 09:30", utc(2022, 1, 25, 0, 0)),
    ],
)
def test_winter_opening_and_closing_in_london(instant, label, changes_at):
    state = state_at(instant)
    assert state.label == label
    assert state.is_open == label.startswith("Open")
    assert state.changes_at == changes_at


# Monday 4 July 2022: London is on BST (UTC+1), so 09:30 local is 08:30 UTC.
@pytest.mark.parametrize(
    ("instant", "label"),
    [
        (utc(2022, 7, 4, 8, 29, 59), "Closed — opens today at 09:30"),
        (utc(2022, 7, 4, 8, 30), "Open now — closes at 12:30"),
        (utc(2022, 7, 4, 11, 29, 59), "Open now — closes at 12:30"),
        (utc(2022, 7, 4, 11, 30), "Closed — opens Tuesday at 09:30"),
        # 12:15 UTC is inside 09:30–12:30 read as UTC, but it is 13:15 in London: closed.
        (utc(2022, 7, 4, 12, 15), "Closed — opens Tuesday at 09:30"),
    ],
)
def test_summer_time_hours_are_london_wall_clock_times(instant, label):
    assert state_at(instant).label == label


def test_the_next_opening_after_the_clocks_go_forward_is_in_summer_time():
    # Friday 25 March 2022 after closing; the clocks go forward on Sunday the 27th.
    friday_evening = state_at(utc(2022, 3, 25, 15, 0))
    assert friday_evening.label == "Closed — opens Monday at 09:30"
    assert state_at(utc(2022, 3, 28, 8, 29, 59)).is_open is False
    assert state_at(utc(2022, 3, 28, 8, 30)).label == "Open now — closes at 12:30"


def test_the_state_follows_the_office_zone_not_london():
    instant = utc(2022, 7, 4, 6, 45)  # 09:45 in Moscow, 07:45 in London
    assert state_at(instant, zone=MOSCOW).label == "Open now — closes at 12:30"
    assert state_at(instant, zone=LONDON).label == "Closed — opens today at 09:30"
    assert state_at(instant, zone=MOSCOW).changes_at == utc(2022, 7, 4, 9, 30)


@pytest.mark.parametrize(
    ("instant", "label"),
    [
        (utc(2022, 1, 24, 8, 59, 59), "Closed — opens today at 09:00"),
        (utc(2022, 1, 24, 12, 0), "Closed — opens today at 14:00"),
        (utc(2022, 1, 24, 13, 59, 59), "Closed — opens today at 14:00"),
        (utc(2022, 1, 24, 14, 0), "Open now — closes at 16:00"),
        (utc(2022, 1, 24, 16, 0), "Closed — opens Tuesday at 09:00"),
    ],
)
def test_several_ranges_a_day(instant, label):
    assert state_at(instant, hours=SPLIT_DAY).label == label


def test_touching_ranges_read_as_one():
    hours = weekdays((time(9, 0), time(12, 0)), (time(12, 0), time(13, 0)))
    state = state_at(utc(2022, 1, 24, 11, 0), hours=hours)
    assert state.label == "Open now — closes at 13:00"
    assert state.changes_at == utc(2022, 1, 24, 13, 0)


def test_a_closure_day_is_closed_all_day_and_says_why():
    closures = {date(2022, 1, 3): "Bank holiday"}  # Monday 3 January 2022
    state = state_at(utc(2022, 1, 3, 10, 0), closures=closures)
    assert state.is_open is False
    assert state.label == "Closed today (Bank holiday) — opens Tuesday at 09:30"
    # The reason stops being true at midnight, before the next opening.
    assert state.changes_at == utc(2022, 1, 4, 0, 0)


def test_a_closure_the_next_day_moves_the_next_opening():
    closures = {date(2022, 1, 25): "Staff training"}
    state = state_at(utc(2022, 1, 24, 13, 0), closures=closures)
    assert state.label == "Closed — opens Wednesday at 09:30"


def test_an_opening_more_than_a_week_away_gives_the_date():
    closures = {date(2022, 1, day): "Winter holidays" for day in range(3, 11)}
    state = state_at(utc(2022, 1, 3, 10, 0), closures=closures)
    assert state.label == "Closed today (Winter holidays) — opens Tuesday 11 January at 09:30"


def test_an_office_without_hours_is_closed_and_never_changes():
    state = state_at(utc(2022, 1, 24, 10, 0), hours=[])
    assert (state.is_open, state.label, state.changes_at) == (False, "Closed", None)
