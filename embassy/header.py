"""What the site header shows: the home-zone date, the clocks, the consular line, the counters.

The date and the counters follow the mission's home zone (at 22:18 UTC on 24 January 2022 it
is already the 25th in Moscow), so building the header also records that the page stops being
true at the home zone's next midnight (see freshness.py).
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from django.utils import timezone

from counters.selectors import active_incidents

from .clocks import active_clocks
from .contact_links import mailto_uri, tel_uri
from .freshness import fresh_until


@dataclass(frozen=True)
class ClockReading:
    label: str
    time_zone: str  # for the script that keeps the clock ticking
    local_time: datetime  # aware, in the clock's own zone

    @property
    def time(self):
        return f"{self.local_time:%H:%M}"

    @property
    def machine_time(self):
        return self.local_time.isoformat(timespec="minutes")


@dataclass(frozen=True)
class Header:
    today: date
    clocks: list[ClockReading]
    counters: list[str]
    consular_phone: str
    consular_phone_uri: str | None
    consular_email: str
    consular_email_uri: str | None


def next_midnight(today, zone):
    """The instant the date in `zone` next changes.

    Where a zone skips midnight (a DST change at 00:00), zoneinfo maps the missing 00:00 to
    the instant of the change, which is when the date changes there. The result is in UTC: a
    wall time inside such a gap never compares equal to a real instant.
    """
    midnight = datetime.combine(today + timedelta(days=1), time.min, tzinfo=zone)
    return midnight.astimezone(UTC)


def build_header(request, site_settings):
    """The header for this request: two queries (clocks, incidents), none while cached."""
    home_zone = site_settings.home_zone
    now = timezone.now()
    today = now.astimezone(home_zone).date()
    fresh_until(request, next_midnight(today, home_zone))
    counters = [
        incident.sentence(today)
        for incident in active_incidents()
        # Refused by validation; still never shown as a negative count (e.g. after the home
        # zone moves west and it is not yet that day there).
        if incident.days_since(today) >= 0
    ]
    return Header(
        today=today,
        clocks=[
            ClockReading(clock.label, clock.time_zone, clock.reading(now))
            for clock in active_clocks()
        ],
        counters=counters,
        consular_phone=site_settings.consular_phone,
        consular_phone_uri=tel_uri(site_settings.consular_phone),
        consular_email=site_settings.consular_email,
        consular_email_uri=mailto_uri(site_settings.consular_email),
    )
