"""While an editor types a publication time, the form shows it in Moscow and in London."""

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import expect

PASSWORD = "a-long-test-password"


@pytest.fixture
def superuser(demo_site):
    # Made before the browser starts: no database access happens under Playwright's loop.
    return User.objects.create_superuser("editor", password=PASSWORD)


@pytest.mark.parametrize(
    ("date", "time", "hint"),
    [
        ("01/07/2022", "10:00", "10:00 Moscow = 08:00 London"),  # British summer time
        ("15/01/2022", "10:00", "10:00 Moscow = 07:00 London"),  # winter
        ("01/07/2022", "01:30", "01:30 Moscow = 23:30 on 30.06 London"),  # across midnight
        # 27 March 2022: London's clocks went forward at 01:00 UTC.
        ("27/03/2022", "03:30", "03:30 Moscow = 00:30 London"),
        ("27/03/2022", "05:00", "05:00 Moscow = 03:00 London"),
    ],
    ids=["summer", "winter", "across-midnight", "before-the-change", "after-the-change"],
)
def test_the_zone_hint_follows_what_the_editor_types(
    superuser, browser_page, demo_site, date, time, hint
):
    page = browser_page
    page.goto(demo_site.url + "/admin/login/?next=/admin/press/statement/add/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")

    hint_text = page.locator(".zone-comparison")
    expect(hint_text).to_have_text("")  # nothing saved yet, nothing typed yet
    page.fill("#id_published_at_0", date)
    page.fill("#id_published_at_1", time)
    expect(hint_text).to_have_text(hint)
