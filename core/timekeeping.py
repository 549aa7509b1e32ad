"""Time for the whole site: the home zone, zone fields, and every wall-clock conversion.

Everything is stored in UTC. The mission's home zone is one deploy setting, TIME_ZONE
(DJANGO_TIME_ZONE): Django makes it the current zone of every request, command, shell and
worker, so dates on pages, in message addresses, in feeds and in the admin always agree. It is
not an admin field: changing it would move the date in every message's quoted address.

Conversions use the standard library's zoneinfo, as Django does; pytz only supplies the curated
list of zone names offered to staff. static/js/timekeeping.js is this module's twin in the
browser (the live clocks and the scheduling hint).
"""

import zoneinfo
from datetime import UTC, datetime, time, timedelta

import pytz
from babel import Locale, UnknownLocaleError
from babel.dates import get_timezone_location
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone, translation
from django.utils.translation import gettext as _


def home_zone():
    """The mission's home zone (TIME_ZONE): the header's date, the counters, every address."""
    return timezone.get_default_timezone()


def home_date(instant=None):
    """The date in the home zone at `instant` (aware; now by default)."""
    return (instant or timezone.now()).astimezone(home_zone()).date()


def wall_clock_instant(day, wall_time, zone):
    """The instant (UTC) at which the wall clock in `zone` reads `day` at `wall_time`.

    The result is in UTC: a wall time inside a DST gap never compares equal to a real instant,
    and two aware datetimes sharing a tzinfo would compare their wall times, ignoring DST.
    """
    return datetime.combine(day, wall_time, tzinfo=zone).astimezone(UTC)


def next_midnight(day, zone):
    """The instant the date in `zone` next changes after `day`.

    Where a zone skips midnight (a DST change at 00:00), zoneinfo maps the missing 00:00 to the
    instant of the change, which is when the date changes there.
    """
    return wall_clock_instant(day + timedelta(days=1), time.min, zone)


def start_of_day(day, zone=None):
    """The instant `day` begins in `zone` (the home zone by default)."""
    return wall_clock_instant(day, time.min, zone or home_zone())


def seconds_until(instant, now=None):
    """Whole seconds from now (or `now`) to `instant`; never negative."""
    return max(0, int((instant - (now or timezone.now())).total_seconds()))


# How staff read times in the admin.


def _active_locale():
    try:
        return Locale.parse(translation.to_locale(translation.get_language() or "en"))
    except (UnknownLocaleError, ValueError):
        return Locale("en")


def zone_label(zone=None):
    """"Moscow" for Europe/Moscow, "Москва" in Russian: how people name a zone's city.

    The names come from the Unicode CLDR (through Babel), in the active language; a zone CLDR
    has no city for reads as its IANA name's last part.
    """
    key = str(zone or home_zone())
    try:
        return get_timezone_location(key, locale=_active_locale(), return_city=True)
    except LookupError:
        return key.rsplit("/", 1)[-1].replace("_", " ")


def local_time_label(instant, zone=None):
    """"01.07.2022 10:00 Moscow time": an instant as staff read it (in the home zone)."""
    zone = zone or home_zone()
    return _("%(time)s %(zone)s time") % {
        "time": f"{instant.astimezone(zone):%d.%m.%Y %H:%M}", "zone": zone_label(zone)
    }


# One entry of same_instant_elsewhere(), the same day as the first zone's, or another day.
# The admin's hint script (static/js/schedule_hint.js) is handed both forms.
def same_day_entry():
    return _("%(time)s %(zone)s")


def other_day_entry():
    return _("%(time)s on %(day)s %(zone)s")


def same_instant_elsewhere(instant, zones):
    """"10:00 Moscow = 08:00 London": one instant on several wall clocks, the first one's first.

    Near midnight another zone may be on another day than the first: the entry says which.
    """
    first_date = instant.astimezone(zones[0]).date()
    shown = []
    for zone in zones:
        local = instant.astimezone(zone)
        entry = same_day_entry() if local.date() == first_date else other_day_entry()
        shown.append(
            entry % {"time": f"{local:%H:%M}", "day": f"{local:%d.%m}", "zone": zone_label(zone)}
        )
    return " = ".join(shown)


# Zone fields: an IANA name chosen from pytz's common zones and checked against zoneinfo.


def zone_choices():
    # A callable, so that migrations refer to it rather than freeze pytz's list of the day:
    # a pytz update then needs no new migration.
    return [(name, name) for name in pytz.common_timezones]


def validate_zone_name(value):
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as error:
        raise ValidationError(
            _("“%(value)s” is not a known time zone. Choose one such as Europe/Moscow."),
            params={"value": value},
            code="unknown_zone",
        ) from error


def time_zone_field(verbose_name=None, **options):
    """A model field holding an IANA zone name."""
    return models.CharField(
        verbose_name,
        max_length=64,
        choices=zone_choices,
        validators=[validate_zone_name],
        **options,
    )
