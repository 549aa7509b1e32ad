"""A real browser for the e2e tests: Debian's Chromium driven by Playwright.

Playwright's own browser download cannot work here; the apt package `chromium` is used
instead (.ci/run installs it). Locally, without it, these tests skip and say why; in CI
(CI=true) a missing Chromium fails the run, so the browser test can never silently not run.
"""

import os
from pathlib import Path

import pytest
from django.core.management import call_command

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


def _require_chromium():
    if CHROMIUM.exists():
        return
    no_chromium = f"no Chromium at {CHROMIUM}: install Debian's package (apt-get install chromium)"
    if os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}:
        pytest.fail(f"{no_chromium}; CI must run the browser tests", pytrace=False)
    pytest.skip(no_chromium)  # locally only: CI fails above instead


@pytest.fixture
def demo_site(transactional_db, live_server):
    """The live server, serving the demo content (its thread reads this test's database)."""
    call_command("load_demo")
    return live_server


@pytest.fixture
def browser(demo_site):
    _require_chromium()
    # Imported here so that a machine without Playwright can still collect the other tests.
    from playwright.sync_api import sync_playwright

    # Every database access happens before Playwright starts its event loop in this thread
    # (demo_site above) or in the live server's own thread, so Django's async-safety check
    # has nothing to refuse.
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def browser_page(browser):
    page = browser.new_page()
    page.set_default_timeout(10_000)
    return page


@pytest.fixture
def public_pages(demo_site):
    """Every kind of public page of the demo site, by name (read before the browser starts)."""
    from embassy.consular.models import ConsularOffice
    from press.models import Category, Message

    message = Message.objects.published().filter(featured=False).first()
    category = Category.objects.first()
    office = ConsularOffice.objects.filter(is_active=True).first()
    return {
        "home": "/",
        "all messages": "/messages/",
        "filtered messages": "/messages/?kind=interview&q=security",
        "an invalid filter": "/messages/?date_from=2022-02-30",
        "a message": message.get_absolute_url(),
        "categories": "/categories/",
        "a category": f"/categories/{category.slug}/",
        "consular offices": "/consular/",
        "offices for a service and region": "/consular/?service=passports&region=scotland",
        "an office": office.get_absolute_url(),
        "accessibility": "/accessibility/",
        "privacy": "/privacy/",
        "not found": "/no-such-page/",
    }
