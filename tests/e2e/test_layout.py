"""Where things are on a desktop and on a phone, measured in Chromium (no screenshots)."""

import pytest
from playwright.sync_api import expect

DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 360, "height": 740}
NARROWEST = {"width": 320, "height": 640}


def box(page, selector):
    return page.locator(selector).first.bounding_box()


def test_on_a_desktop_the_latest_messages_sit_beside_the_featured_one_in_the_first_screen(
    browser_page, demo_site
):
    page = browser_page
    page.set_viewport_size(DESKTOP)
    page.goto(demo_site.url + "/")
    featured = box(page, ".featured-message")
    first_item = box(page, ".latest-messages .message-summary")
    assert first_item["x"] >= featured["x"] + featured["width"]
    assert first_item["y"] + first_item["height"] / 2 < DESKTOP["height"]
    # The same grid from header to footer: the site's name, the featured message and the
    # footer start at one left edge.
    left = featured["x"]
    assert box(page, ".site-name")["x"] == left
    assert box(page, ".masthead-date")["x"] == left
    assert box(page, ".footer-columns")["x"] == left
    # The bands span the screen.
    for band in (".masthead", ".brand-bar", ".site-footer"):
        assert box(page, band)["width"] == DESKTOP["width"], band


def test_on_a_phone_the_header_takes_at_most_a_quarter_of_the_screen(browser_page, demo_site):
    page = browser_page
    page.set_viewport_size(PHONE)
    page.goto(demo_site.url + "/")
    masthead = box(page, ".masthead")
    assert masthead["y"] == 0
    assert masthead["height"] <= PHONE["height"] / 4
    # The short counters are shown, the full sentences are not.
    expect(page.locator(".counter-short").first).to_be_visible()
    expect(page.locator(".counter-full").first).to_be_hidden()


def test_on_a_phone_the_featured_message_is_cut_and_the_latest_follow(browser_page, demo_site):
    page = browser_page
    page.set_viewport_size(PHONE)
    page.goto(demo_site.url + "/")
    expect(page.locator(".featured-message .message-body > p").nth(1)).to_be_visible()
    expect(page.locator(".featured-message .message-body > p").nth(2)).to_be_hidden()
    expect(page.get_by_role("link", name="Continue reading")).to_be_visible()
    assert box(page, ".latest-messages")["y"] < 3 * PHONE["height"]


def test_no_page_scrolls_sideways_at_320_pixels(public_pages, browser_page, demo_site):
    page = browser_page
    page.set_viewport_size(NARROWEST)
    too_wide = {}
    for name, path in public_pages.items():
        page.goto(demo_site.url + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > NARROWEST["width"]:
            too_wide[name] = width
    assert too_wide == {}


def test_on_a_phone_the_filters_fold_behind_a_toggle_open_when_a_filter_is_active(
    browser_page, demo_site
):
    page = browser_page
    page.set_viewport_size(PHONE)
    page.goto(demo_site.url + "/messages/")
    toggle = page.get_by_text("Filter messages", exact=True)
    search = page.get_by_label("Search")
    expect(search).to_be_hidden()
    # The list starts in the first screen, under the folded filters.
    assert box(page, ".message-summary")["y"] < PHONE["height"]
    toggle.click()
    expect(search).to_be_visible()

    page.goto(demo_site.url + "/messages/?kind=interview")
    expect(page.get_by_label("Interview")).to_be_visible()
    expect(page.get_by_label("Interview")).to_be_checked()
    # A page of results is not a filter: the toggle stays folded.
    page.goto(demo_site.url + "/messages/?page=1")
    expect(search).to_be_hidden()


def test_on_a_desktop_the_filters_are_a_side_column_of_controls_of_one_height(
    browser_page, demo_site
):
    page = browser_page
    page.set_viewport_size(DESKTOP)
    page.goto(demo_site.url + "/messages/")
    expect(page.get_by_label("Search")).to_be_visible()
    filters, results = box(page, ".filters"), box(page, ".message-list")
    assert filters["x"] + filters["width"] <= results["x"]
    assert filters["y"] < DESKTOP["height"] and results["y"] < DESKTOP["height"]
    heights = page.eval_on_selector_all(
        ".filter-form input:not([type=checkbox]), .filter-form select, .filter-form button",
        "controls => controls.map(c => c.getBoundingClientRect().height)",
    )
    assert len(heights) >= 6 and len(set(heights)) == 1, heights


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_the_consular_lookup_controls_are_of_one_height(browser_page, demo_site, viewport):
    page = browser_page
    page.set_viewport_size(viewport)
    page.goto(demo_site.url + "/consular/")
    heights = page.eval_on_selector_all(
        ".lookup-form input, .lookup-form select, .lookup-form button",
        "controls => controls.map(c => c.getBoundingClientRect().height)",
    )
    assert len(heights) == 4 and len(set(heights)) == 1, heights
