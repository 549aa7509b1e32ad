"""A real browser for the e2e tests: Debian's Chromium driven by Playwright.

Playwright's own browser download cannot work here; the apt package `chromium` is used
instead (.ci/run installs it). The quality checks also need the npm packages of package.json
(`make test` runs `npm ci`) and Java for the Nu checker. Locally, without them, these tests
skip and say why; in CI (CI=true) a missing tool fails the run, so a browser or quality check
can never silently not run.
"""

import os
import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

CHROMIUM = Path("/usr/bin/chromium")
NODE_MODULES = Path(settings.BASE_DIR) / "node_modules"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


def require(available, missing):
    """Go on if `available`; else skip locally, and fail in CI, saying what is `missing`."""
    if available:
        return
    if os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}:
        pytest.fail(f"{missing}; CI must run the browser and quality checks", pytrace=False)
    pytest.skip(missing)  # locally only (no Chromium, Java or npm tools): CI fails above


def require_chromium():
    require(
        CHROMIUM.exists(),
        f"no Chromium at {CHROMIUM}: install Debian's package (apt-get install chromium)",
    )


def npm_tool(relative_path):
    """A file of an npm package of package.json, which `make test` installs (npm ci)."""
    path = NODE_MODULES / relative_path
    require(path.exists(), f"no {path}: run `make test`, which runs `npm ci`")
    return path


def java():
    path = shutil.which("java")
    require(path, "no java for the Nu checker: install Debian's default-jre-headless")
    return path


@pytest.fixture
def demo_site(transactional_db, live_server):
    """The live server, serving the demo content (its thread reads this test's database)."""
    call_command("load_demo")
    return live_server


@pytest.fixture
def browser(demo_site):
    require_chromium()
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

    message = Message.objects.published().filter(featured=False, language="en").first()
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
