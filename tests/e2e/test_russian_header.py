"""The Russian site's live header in a real browser: the clocks tick under their Russian labels,
and at the home zone's midnight the date and the counters turn over in Russian, as a fresh load
of /ru/ says them."""

from datetime import UTC, datetime, timedelta

import time_machine
from playwright.sync_api import expect

from tests.e2e.test_live_clocks import REFERENCE_INSTANT, clock
from tests.e2e.test_midnight import header

# Moscow's midnight between 24 and 25 January 2022: 21:00 UTC.
MIDNIGHT = datetime(2022, 1, 24, 21, 0, tzinfo=UTC)


def test_the_russian_clocks_tick_in_their_zones(browser_page, demo_site):
    page = browser_page
    page.clock.install(time=REFERENCE_INSTANT)
    page.goto(demo_site.url + "/ru/")

    expect(page.locator(".clock").first).to_have_text("Москва: 01:18")
    expect(page.locator(".clock").nth(1)).to_have_text("Лондон: 22:18")

    page.clock.fast_forward("01:01:00")

    expect(clock(page, "Europe/Moscow")).to_have_text("02:19")
    expect(clock(page, "Europe/London")).to_have_text("23:19")
    expect(page.locator(".clock").first).to_have_text("Москва: 02:19")


def test_the_russian_date_and_counters_turn_over_at_moscow_midnight(
    browser, browser_page, demo_site
):
    page = browser_page
    just_before = MIDNIGHT - timedelta(seconds=30)
    with time_machine.travel(just_before, tick=False) as traveller:
        page.clock.install(time=just_before)
        page.goto(demo_site.url + "/ru/")
        before = header(page)
        assert before["date"] == "24 января 2022"
        assert "1422 дня прошло с инцидента в Солсбери - " in " ".join(before["counters"])
        assert "1414 дней с гибели Николая Глушкова на британской земле" in before["counters"]

        page.clock.fast_forward(60_000)

        expect(page.locator(".masthead-date time")).to_have_text("25 января 2022")
        rolled = header(page)
        assert "1423 дня с инцидента в Солсбери" in rolled["counters"]
        assert "1415 дней прошло с гибели Николая Глушкова на британской земле - " in (
            " ".join(rolled["counters"])
        )

        # A fresh load at the same instant says exactly the same.
        traveller.move_to(MIDNIGHT + timedelta(seconds=30))
        fresh = browser.new_page()
        fresh.clock.install(time=MIDNIGHT + timedelta(seconds=30))
        fresh.goto(demo_site.url + "/ru/")
        assert header(fresh) == rolled
