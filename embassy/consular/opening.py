"""Is an office open now, and until when? Pure computation in the office's own zone.

Opening hours are wall-clock times in the office's zone (09:30 means 09:30 in London, GMT in
winter and BST in summer), so every instant is built from a local date and time by
core.timekeeping.wall_clock_instant and compared in UTC.
"""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.utils import formats
from django.utils.dates import WEEKDAYS
from django.utils.translation import gettext as _

from core.timekeeping import next_midnight, wall_clock_instant

# How far ahead to look for the next opening: long enough to cross any run of closures.
SEARCH_DAYS = 370


@dataclass(frozen=True)
class OpeningState:
    is_open: bool
    label: str
    # The instant the label stops being true (UTC), or None if it never changes.
    changes_at: datetime | None


def merged_ranges(ranges):
    """Sorted (opens, closes) pairs with touching ones joined: 09–12 and 12–13 close at 13."""
    merged = []
    for opens, closes in sorted(ranges):
        if merged and opens <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], closes))
        else:
            merged.append((opens, closes))
    return merged


def ranges_by_weekday(hours):
    """{weekday: merged ranges} from rows with weekday, opens and closes attributes."""
    days = {}
    for row in hours:
        days.setdefault(row.weekday, []).append((row.opens, row.closes))
    return {weekday: merged_ranges(ranges) for weekday, ranges in days.items()}


def day_phrase(day, today):
    """"today", "Friday" or "Friday 7 January" (in the active language)."""
    if day == today:
        return _("today")
    if day - today < timedelta(days=7):
        return formats.date_format(day, "l")
    return formats.date_format(day, "l j E")


def opening_state(now, zone, hours, closures):
    """The office's state at `now` (aware).

    `hours`: rows with weekday (0 = Monday), opens and closes, in the office's zone.
    `closures`: {date: reason} for days the office is shut whatever its hours say.
    """
    now = now.astimezone(UTC)
    local_now = now.astimezone(zone)
    today = local_now.date()
    week = ranges_by_weekday(hours)

    if today not in closures:
        for opens, closes in week.get(today.weekday(), []):
            closes_at = wall_clock_instant(today, closes, zone)
            if wall_clock_instant(today, opens, zone) <= now < closes_at:
                label = _("Open now — closes at %(time)s") % {"time": f"{closes:%H:%M}"}
                return OpeningState(True, label, closes_at)

    # The words change at local midnight ("today" becomes a weekday name, a closure ends).
    midnight = next_midnight(today, zone)
    prefix = (
        _("Closed today (%(reason)s)") % {"reason": closures[today]}
        if today in closures else _("Closed")
    )
    next_opening = find_next_opening(now, zone, week, closures, today)
    if next_opening is None:
        return OpeningState(False, prefix, midnight if today in closures else None)
    day, opens_at, opens = next_opening
    label = _("%(state)s — opens %(day)s at %(time)s") % {
        "state": prefix, "day": day_phrase(day, today), "time": f"{opens:%H:%M}",
    }
    return OpeningState(False, label, min(opens_at, midnight))


def find_next_opening(now, zone, week, closures, today):
    if not week:
        return None
    for offset in range(SEARCH_DAYS):
        day = today + timedelta(days=offset)
        if day in closures:
            continue
        for opens, _closes in week.get(day.weekday(), []):
            opens_at = wall_clock_instant(day, opens, zone)
            if opens_at > now:
                return day, opens_at, opens
    return None


def weekly_table(hours):
    """[(day name, [(opens, closes), …]), …] from Monday to Sunday; an empty list is closed."""
    days = {weekday: [] for weekday in range(7)}
    for row in sorted(hours, key=lambda row: (row.weekday, row.opens)):
        days[row.weekday].append((row.opens, row.closes))
    # Django's own day names, in the active language.
    return [(WEEKDAYS[weekday], ranges) for weekday, ranges in days.items()]
