"""What the site header shows: the home-zone date, the clocks, the consular line, the counters.

The consular line is the phone of the embassy's consular section (its office row, the one place
it is kept; embassy/consular/selectors.main_office) and the site settings' consular email.

The date and the counters follow the mission's home zone (at 22:18 UTC on 24 January 2022 it
is already the 25th in Moscow), so building the header also records that the page stops being
true at the home zone's next midnight (see core/freshness.py).

An open page turns over at that midnight too: static/js/clocks.js rewrites the date and the
counters from what the header hands it here (the home zone, each incident's date and each
sentence's form per plural category of the page's language), so that it writes what the
server would write after midnight, in any language, with no word of it in the script.
"""

import json
from dataclasses import dataclass
from datetime import date, datetime

from django.utils import timezone

from core.clocks import active_clocks
from core.freshness import fresh_until
from core.plurals import forms_by_category
from core.site_settings import SiteSettings
from core.timekeeping import home_date, home_zone, next_midnight
from counters.elapsed import days_passed_sentence, days_since_phrase
from counters.selectors import active_incidents

from .consular.selectors import main_office
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
class CounterReading:
    """One incident's counter: the sentence for today, and its forms for the script."""

    occurred_on: date
    sentence: str  # "1423 days have passed since the Salisbury incident - note"
    short_sentence: str  # "1423 days since the Salisbury incident", for narrow screens
    forms: str  # JSON: {plural category: [before the number, after it]}
    short_forms: str


def counter_reading(incident, today):
    name, note = incident.name, incident.note
    return CounterReading(
        occurred_on=incident.occurred_on,
        sentence=incident.sentence(today),
        short_sentence=incident.short_sentence(today),
        forms=_json(
            forms_by_category(lambda days, shown: days_passed_sentence(days, name, note, shown))
        ),
        short_forms=_json(
            forms_by_category(lambda days, shown: days_since_phrase(days, name, shown))
        ),
    )


def _json(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True)
class Header:
    today: date
    home_zone: str  # for the script that turns the date and the counters over at midnight
    clocks: list[ClockReading]
    counters: list[CounterReading]
    consular_phone: str
    consular_phone_uri: str | None
    consular_email: str
    consular_email_uri: str | None


def build_header(request, now=None):
    """The header for this request (read at `now`): three queries (clocks, incidents, the
    consular section's phone), none while cached."""
    office = main_office()
    phone = office.phone if office else ""
    email = SiteSettings.load().consular_email
    now = now or timezone.now()
    today = home_date(now)
    fresh_until(request, next_midnight(today, home_zone()))
    counters = [
        counter_reading(incident, today)
        for incident in active_incidents()
        # Refused by validation; still never shown as a negative count (e.g. after the home
        # zone moves west and it is not yet that day there).
        if incident.days_since(today) >= 0
    ]
    return Header(
        today=today,
        home_zone=str(home_zone()),
        clocks=[
            ClockReading(clock.label, clock.time_zone, clock.reading(now))
            for clock in active_clocks()
        ],
        counters=counters,
        consular_phone=phone,
        consular_phone_uri=tel_uri(phone),
        consular_email=email,
        consular_email_uri=mailto_uri(email),
    )
