"""Header settings belong to staff (issue 12): a "Site editor" edits the site settings, the
clocks and the incident counters without a superuser; the consular phone is kept once; a new
incident goes to the end of the header."""

from datetime import UTC, datetime

import pytest
import time_machine
from django.core.management import call_command
from django.urls import reverse

from core.clocks import Clock
from core.site_settings import SiteSettings
from counters.models import Incident
from embassy.consular.models import ConsularOffice
from tests.embassy.test_header_reference import visible_text
from tests.factories import make_staff_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def site_editor(client):
    client.force_login(make_staff_user("Site editor", username="sid"))
    return client


def test_the_group_is_made_by_a_migration_with_exactly_the_header_rights():
    from django.contrib.auth.models import Group

    rights = set(Group.objects.get(name="Site editor").permissions.values_list(
        "content_type__app_label", "codename"))
    assert rights == {
        ("core", "view_sitesettings"), ("core", "change_sitesettings"),
        *{("core", f"{action}_clock") for action in ("view", "add", "change", "delete")},
        *{("counters", f"{action}_incident") for action in ("view", "add", "change", "delete")},
    }


def test_a_site_editor_renames_the_site(site_editor):
    SiteSettings.load()
    url = reverse("admin:core_sitesettings_change", args=[1])
    response = site_editor.post(url, {"site_name_en": "Embassy", "home_latest_count": "12"})
    assert response.status_code == 302
    assert SiteSettings.objects.get().site_name == "Embassy"


def test_a_site_editor_adds_a_clock_and_an_incident(site_editor):
    assert site_editor.post(reverse("admin:core_clock_add"), {
        "label_en": "Tokyo", "time_zone": "Asia/Tokyo", "order": "3", "is_active": "on",
    }).status_code == 302
    assert Clock.objects.filter(label="Tokyo").exists()
    assert site_editor.post(reverse("admin:counters_incident_add"), {
        "name_en": "an incident", "occurred_on": "2020-01-01", "note_en": "", "order": "1",
        "is_active": "on",
    }).status_code == 302


def test_a_site_editor_sees_nothing_of_the_press_or_consular_sections(site_editor):
    for url in (reverse("admin:press_message_changelist"),
                reverse("admin:embassy_consularoffice_changelist")):
        assert site_editor.get(url).status_code == 403


def test_a_press_editor_may_be_given_it_too(client):
    both = make_staff_user("Press editor", "Site editor", username="pat")
    client.force_login(both)
    assert client.get(reverse("admin:press_message_changelist")).status_code == 200
    assert client.get(reverse("admin:core_clock_changelist")).status_code == 200


def test_a_new_incident_is_offered_the_place_after_the_last(site_editor):
    call_command("load_demo")
    form = site_editor.get(reverse("admin:counters_incident_add")).context["adminform"].form
    last = max(Incident.objects.values_list("order", flat=True))
    assert form.initial["order"] == last + 1
    site_editor.post(reverse("admin:counters_incident_add"), {
        "name_en": "the newest incident", "occurred_on": "2020-01-01", "note_en": "",
        "order": str(form.initial["order"]), "is_active": "on",
    })
    with time_machine.travel(datetime(2022, 1, 24, 22, 18, tzinfo=UTC), tick=False):
        text = visible_text(site_editor.get("/").content.decode())
    counters = [line for line in text.split(" days have passed since ")][1:]
    assert counters[-1].startswith("the newest incident")


def test_the_consular_phone_is_kept_once_on_the_consular_sections_row(client):
    call_command("load_demo")
    assert not hasattr(SiteSettings.load(), "consular_phone")
    office = ConsularOffice.objects.get(kind=ConsularOffice.Kind.CONSULAR_SECTION)
    assert "+44 (0) 203 668 7474" in visible_text(client.get("/").content.decode())
    office.phone = "+44 (0) 20 7946 0999"
    office.save()  # as the consular section does in the admin
    page = visible_text(client.get("/").content.decode())
    assert "Consular queries: +44 (0) 20 7946 0999" in page
    assert "+44 (0) 203 668 7474" not in page
