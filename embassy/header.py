"""What the site header shows: the home-zone date, the clocks, the consular line, the counters.

The date and the counters follow the mission's home zone (at 22:18 UTC on 24 January 2022 it
is already the 25th in Moscow), so building the header also records that the page stops being
true at the home zone's next midnight (see core/freshness.py).
"""

from dataclasses import dataclass
from datetime import date, datetime

from django.utils import timezone

from core.clocks import active_clocks
from core.freshness import fresh_until
from core.site_settings import SiteSettings
from core.timekeeping import home_date, home_zone, next_midnight
from counters.selectors import active_incidents

from .contact_links import mailto_uri, tel_uri


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


def build_header(request):
    """The header for this request: two queries (clocks, incidents), none while cached."""
    site_settings = SiteSettings.load()
    now = timezone.now()
    today = home_date(now)
    fresh_until(request, next_midnight(today, home_zone()))
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
