"""In a real browser the header's clocks keep ticking, each in its own zone."""

from datetime import UTC, datetime

from playwright.sync_api import expect

# The reference instant: 01:18 in Moscow, 22:18 in London.
REFERENCE_INSTANT = datetime(2022, 1, 24, 22, 18, tzinfo=UTC)


def clock(page, zone):
    return page.locator(f'[data-clock-zone="{zone}"] time')


def test_both_clocks_move_on_by_an_hour_and_a_minute_when_61_minutes_pass(browser_page, demo_site):
    page = browser_page
    page.clock.install(time=REFERENCE_INSTANT)
    page.goto(demo_site.url + "/")

    # The server rendered today's real time; the script brings it to the browser's time at once.
    expect(clock(page, "Europe/Moscow")).to_have_text("01:18")
    expect(clock(page, "Europe/London")).to_have_text("22:18")
    expect(page.locator(".clock").first).to_have_text("Moscow: 01:18")

    page.clock.fast_forward("01:01:00")

    expect(clock(page, "Europe/Moscow")).to_have_text("02:19")
    expect(clock(page, "Europe/London")).to_have_text("23:19")
