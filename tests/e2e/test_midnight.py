"""At the home zone's midnight an open page's date and counters turn over, without a reload.

Moscow (the home zone) is UTC+3 all year; London is UTC+0 in winter and UTC+1 in British
summer time, so Moscow's midnight falls at 21:00 or 22:00 London time. The server is moved to
the same instants (time_machine moves every thread's clock, the live server's included), so
that the page the script rewrote can be compared with what a fresh load says.
"""

from datetime import UTC, date, datetime, timedelta

import pytest
import time_machine
from playwright.sync_api import expect

from tests.counters.factories import make_incident

MIDNIGHTS = {
    # 24 → 25 January 2022: 21:00 UTC, 21:00 in London.
    "winter": (datetime(2022, 1, 24, 21, 0, tzinfo=UTC), "24 January 2022", "25 January 2022"),
    # 14 → 15 July 2022: 21:00 UTC, 22:00 in London (BST).
    "summer": (datetime(2022, 7, 14, 21, 0, tzinfo=UTC), "14 July 2022", "15 July 2022"),
}
SALISBURY = date(2018, 3, 4)


def header(page):
    """What the header says, and the date its script believes it is."""
    return page.evaluate(
        """() => ({
            date: document.querySelector(".masthead-date time").textContent,
            datetime: document.querySelector(".masthead-date time").getAttribute("datetime"),
            counters: Array.from(document.querySelectorAll(".counter span"), (s) => s.textContent),
            clocks: Array.from(document.querySelectorAll(".clock"), (c) => c.textContent),
        })"""
    )


def moscow_date_before(midnight):
    return (midnight + timedelta(hours=3) - timedelta(minutes=1)).date()


@pytest.fixture
def incident_of_the_day(demo_site, request):
    # Dated on the day before midnight: "0 days …" turns into the singular "1 day …".
    # Made before the browser starts: no database access happens under Playwright's loop.
    midnight = MIDNIGHTS[request.node.callspec.params["season"]][0]
    return make_incident(name="the test incident", occurred_on=moscow_date_before(midnight))


@pytest.mark.parametrize("season", list(MIDNIGHTS))
def test_the_date_and_counters_turn_over_at_moscow_midnight_as_a_fresh_load_says(
    incident_of_the_day, browser, browser_page, demo_site, season
):
    midnight, before, after = MIDNIGHTS[season]
    page = browser_page
    salisbury_before = (moscow_date_before(midnight) - SALISBURY).days
    just_before = midnight - timedelta(seconds=30)

    with time_machine.travel(just_before, tick=False) as traveller:
        page.clock.install(time=just_before)
        page.goto(demo_site.url + "/")
        before_midnight = header(page)
        assert before_midnight["date"] == before
        assert f"{salisbury_before} days have passed since the Salisbury incident - " in (
            " ".join(before_midnight["counters"])
        )
        assert "0 days have passed since the test incident" in before_midnight["counters"]

        # Past midnight, with no reload.
        page.clock.fast_forward(60_000)
        expect(page.locator(".masthead-date time")).to_have_text(after)
        rolled = header(page)
        counters = rolled["counters"]
        assert f"{salisbury_before + 1} days since the Salisbury incident" in counters
        assert f"{salisbury_before + 1} days have passed since the Salisbury incident - " in (
            " ".join(counters)
        )
        assert "1 day since the test incident" in counters
        assert "1 day has passed since the test incident" in counters

        # A fresh load at the same instant says exactly the same.
        traveller.move_to(midnight + timedelta(seconds=30))
        fresh = browser.new_page()
        fresh.clock.install(time=midnight + timedelta(seconds=30))
        fresh.goto(demo_site.url + "/")
        assert header(fresh) == rolled
