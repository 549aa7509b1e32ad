"""Every public page, the 404 page and the admin login: no axe violation, no console error.

axe-core comes from package.json (npm ci). The site's CSP rightly refuses a script injected
into the page, so axe runs in a context that bypasses the CSP; the console and CSP check runs
in an ordinary one, where a refused style or script would be reported as an error.
"""

import pytest

from .conftest import npm_tool

# Each violation as "rule: what it asks (the elements that break it)".
AXE_VIOLATIONS = """async () => (await axe.run(document, {resultTypes: ["violations"]}))
    .violations.map(v => `${v.id}: ${v.help} (${v.nodes.map(n => n.target).join(", ")})`)"""
VIEWPORTS = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 360, "height": 740}}


@pytest.fixture
def checked_pages(public_pages):
    return {**public_pages, "admin login": "/admin/login/"}


def test_no_page_has_an_axe_violation_on_a_desktop_or_a_phone(
    checked_pages, browser, demo_site
):
    axe = npm_tool("axe-core/axe.min.js")
    violations = {}
    for viewport_name, viewport in VIEWPORTS.items():
        context = browser.new_context(bypass_csp=True, viewport=viewport)
        page = context.new_page()
        for name, path in checked_pages.items():
            page.goto(demo_site.url + path)
            page.add_script_tag(path=str(axe))
            found = page.evaluate(AXE_VIOLATIONS)
            if found:
                violations[f"{name} ({viewport_name})"] = found
        context.close()
    assert violations == {}


def test_no_page_logs_an_error_or_fails_to_load_a_file(checked_pages, browser, demo_site):
    page = browser.new_page()
    errors = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on(
        "response",
        lambda response: response.status >= 400
        and response.request.resource_type != "document"
        and errors.append(f"{response.status}: {response.url}"),
    )
    # A request cut short because the test moves on to the next page is no failure.
    page.on(
        "requestfailed",
        lambda request: "ERR_ABORTED" not in (request.failure or "")
        and errors.append(f"{request.failure}: {request.url}"),
    )
    problems = {}
    for name, path in checked_pages.items():
        errors.clear()
        response = page.goto(demo_site.url + path)
        page.wait_for_load_state("load")
        expected = 404 if name == "not found" else 200
        if response.status != expected:
            errors.append(f"status {response.status}")
        # The 404 page's own status is logged as a failed resource; nothing else may be.
        found = [e for e in errors if not (name == "not found" and "404" in e)]
        if found:
            problems[name] = found
    assert problems == {}
