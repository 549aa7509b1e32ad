"""In a real browser, a writer and an editor take a press release with a photograph and a PDF
from draft to publication through the press desk (issue 12)."""

import mimetypes
import pkgutil
import re
from importlib import import_module
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, Permission, User
from playwright.sync_api import expect

from tests.press.uploads import PDF, SVG, image_bytes

PASSWORD = "a-long-test-password"


def press_migration(suffix):
    # By name without its number, which changes when branches' migrations are put in order.
    package = import_module("press.migrations")
    found = [m.name for m in pkgutil.iter_modules(package.__path__) if m.name.endswith(suffix)]
    return import_module(f"press.migrations.{found[0]}")


def press_groups():
    """The press groups as their migrations make them. A browser test's database is emptied
    after each test (the live server needs real transactions), the migrations' rows with it."""
    rights = press_migration("_refine_press_groups").GROUPS
    uploads = press_migration("_press_groups_handle_uploads").CODENAMES
    for name, codenames in rights.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.set(Permission.objects.filter(
            content_type__app_label="press", codename__in=[*codenames, *uploads]))


@pytest.fixture
def staff(demo_site):
    # Made before the browser starts: no database access happens under Playwright's loop.
    press_groups()
    for username, group in (("wendy", "Press writer"), ("eddie", "Press editor")):
        user = User.objects.create_user(username, password=PASSWORD, is_staff=True)
        user.groups.add(Group.objects.get(name=group))
    return demo_site


def serve_media(page):
    """Answer /media/ from MEDIA_ROOT, as the web server does in production (README)."""
    media_root = Path(settings.MEDIA_ROOT)

    def fulfil(route):
        path = media_root / route.request.url.split("/media/", 1)[1]
        if not path.is_file():
            route.fulfill(status=404)
            return
        route.fulfill(status=200, body=path.read_bytes(),
                      content_type=mimetypes.guess_type(path.name)[0] or "application/octet-stream")

    page.route("**/media/**", fulfil)


def log_in(page, site, username):
    page.goto(f"{site.url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    expect(page.locator("#press-desk-title")).to_have_text("Press desk")


def test_writer_to_editor_with_a_photograph_and_a_pdf(staff, browser_page):
    page, site = browser_page, staff
    serve_media(page)

    # The writer writes a press release with a typo, a photograph and the full text as a PDF.
    log_in(page, site, "wendy")
    page.goto(f"{site.url}/admin/press/pressrelease/add/")
    page.fill("#id_title", "Press release on the consular queue")
    page.fill("#id_lead", "The consular section opens on Saturdays.")
    page.fill("#id_body", "From 1 August the section is open on Satrudays.")
    page.set_input_files("#id_lead_image-0-image", files=[{
        "name": "queue.jpg", "mimeType": "image/jpeg", "buffer": image_bytes((2000, 1000)),
    }])
    page.fill("#id_lead_image-0-alt_text", "People queueing outside the consular section")
    page.fill("#id_attachments-0-title", "Full text of the press release")
    page.set_input_files("#id_attachments-0-file", files=[{
        "name": "press-release.pdf", "mimeType": "application/pdf", "buffer": PDF,
    }])
    page.click("input[name=_continue]")
    expect(page.locator(".messagelist")).to_contain_text(
        "Saved as a draft: “Press release on the consular queue”.")

    # She previews it: the page as it will look, marked as a preview.
    page.click("a.viewsitelink")
    expect(page.locator(".preview-banner")).to_contain_text("Preview — not published")
    expect(page.locator(".lead-image img")).to_have_attribute(
        "alt", "People queueing outside the consular section")
    page.go_back()

    page.select_option("#id_status", "submitted")
    page.fill("#id_remark", "Photo by our own staff; the PDF is the signed version.")
    page.click("input[name=_continue]")
    expect(page.locator(".messagelist")).to_contain_text("Submitted for review")
    page.click("#logout-form button")

    # The editor finds it on the desk, reads the remark, fixes the typo and publishes.
    log_in(page, site, "eddie")
    waiting = page.locator(".desk-review")
    expect(waiting).to_contain_text("Submitted by wendy")
    expect(waiting).to_contain_text("Photo by our own staff")
    waiting.get_by_role("link", name="Press release on the consular queue").click()
    expect(page.locator(".desk-remarks")).to_contain_text("the PDF is the signed version")
    page.fill("#id_body", "From 1 August the section is open on Saturdays.")
    page.select_option("#id_status", "published")
    page.click("input[name=_continue]")
    expect(page.locator(".messagelist")).to_contain_text("Published at")

    # The public page shows the photograph (WebP from its srcset), its alt text and the PDF.
    page.click("a.viewsitelink")
    expect(page.locator("h1")).to_have_text("Press release on the consular queue")
    expect(page.locator(".message-body")).to_contain_text("open on Saturdays")
    image = page.locator(".lead-image img")
    expect(image).to_have_attribute("alt", "People queueing outside the consular section")
    expect(image).to_have_attribute("srcset", re.compile(r"480w, .+ 960w"))
    expect(page.locator(".lead-image source[type='image/webp']")).to_have_attribute(
        "srcset", re.compile(r"\.webp 480w"))
    page.wait_for_function(
        "() => document.querySelector('.lead-image img').naturalWidth > 0")
    assert image.evaluate("img => img.currentSrc").endswith(".webp")
    attachment = page.locator(".message-attachments li")
    expect(attachment).to_contain_text("Full text of the press release")
    expect(attachment).to_contain_text("(PDF,")


def test_the_upload_form_refuses_an_svg_and_keeps_nothing(staff, browser_page):
    page, site = browser_page, staff
    log_in(page, site, "eddie")
    page.goto(f"{site.url}/admin/press/statement/add/")
    page.fill("#id_title", "With a vector logo")
    page.set_input_files("#id_lead_image-0-image", files=[{
        "name": "logo.svg", "mimeType": "image/svg+xml", "buffer": SVG,
    }])
    page.fill("#id_lead_image-0-alt_text", "Logo")
    page.click("input[name=_save]")
    expect(page.locator(".errornote")).to_be_visible()
    expect(page.locator(".inline-related .errorlist")).to_contain_text(
        "SVG images are not accepted: they can carry scripts.")
    expect(page.locator("#id_title")).to_have_value("With a vector logo")


def test_djangos_server_time_note_does_not_stand_beside_the_zone_hint(staff, browser_page):
    # A browser in New York: Django would say "You are 7 hours behind server time".
    context = browser_page.context.browser.new_context(timezone_id="America/New_York")
    page = context.new_page()
    try:
        log_in(page, staff, "eddie")
        page.goto(f"{staff.url}/admin/press/statement/add/")
        page.fill("#id_published_at_0", "01/07/2022")
        page.fill("#id_published_at_1", "10:00")
        expect(page.locator(".zone-comparison")).to_have_text("10:00 Moscow = 08:00 London")
        expect(page.locator(".zone-sentence")).to_be_visible()
        expect(page.locator(".timezonewarning").first).to_be_hidden()
    finally:
        context.close()
