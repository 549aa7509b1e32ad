"""Consular staff edit offices with their hours, closures and contacts inline; press staff can't.

Bad hours and a region without an office are refused with a clear message.
"""

import pytest
from django.urls import reverse

from embassy.consular.models import ConsularOffice, OpeningHours, Region
from press.models import Message
from tests.embassy.factories.consular import make_office, make_region, make_service
from tests.factories import make_message, make_staff_user

pytestmark = pytest.mark.django_db

OFFICE_ADD = reverse("admin:embassy_consularoffice_add")
CONSULAR_PAGES = [
    reverse(f"admin:embassy_{model}_{view}")
    for model in ["consularoffice", "consularservice", "region"]
    for view in ["changelist", "add"]
]
PRESS_PAGES = [reverse("admin:press_message_changelist"), reverse("admin:press_message_add")]


def logged_in(client, group):
    client.force_login(make_staff_user(group))
    return client


def inline(prefix, rows=()):
    """POST data for one inline formset of the office page."""
    data = {
        f"{prefix}-TOTAL_FORMS": str(len(rows)),
        f"{prefix}-INITIAL_FORMS": "0",
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }
    for index, row in enumerate(rows):
        data.update({f"{prefix}-{index}-{field}": value for field, value in row.items()})
    return data


def office_form(hours=(), closures=(), contacts=()):
    return {
        # Texts written in both languages are posted per language (the English here).
        "name_en": "Honorary Consul in Cardiff",
        "slug": "honorary-consul-cardiff",
        "kind": ConsularOffice.Kind.HONORARY_CONSUL,
        "order": "3",
        "is_active": "on",
        "address_lines_en": "3 Example Road",
        "city_en": "Cardiff",
        "postcode": "CF0 0XX",
        "country_en": "United Kingdom",
        "phone": "+44 (0) 29 2018 0000",
        "email": "cardiff@example.org",
        "appointments_url": "",
        "time_zone": "Europe/London",
        **inline("opening_hours", hours),
        **inline("closures", closures),
        **inline("service_contacts", contacts),
    }


def hours(weekday, opens, closes):
    return {"weekday": str(weekday), "opens": opens, "closes": closes}


class TestConsularSectionGroup:
    @pytest.mark.parametrize("url", CONSULAR_PAGES)
    def test_may_open_the_consular_pages(self, client, url):
        assert logged_in(client, "Consular section").get(url).status_code == 200

    def test_adds_an_office_with_hours_closures_and_contacts_on_one_page(self, client):
        service = make_service(name="Passports")
        response = logged_in(client, "Consular section").post(
            OFFICE_ADD,
            office_form(
                hours=[hours(0, "09:30", "12:30"), hours(0, "14:00", "16:00")],
                closures=[{"date": "2030-12-25", "reason_en": "Christmas Day"}],
                contacts=[{"service": str(service.pk), "phone": "", "email": "p@example.org",
                           "hours_note_en": "", "appointment_required": "on"}],
            ),
        )
        assert response.status_code == 302, response.context["errors"]
        office = ConsularOffice.objects.get(slug="honorary-consul-cardiff")
        assert office.opening_hours.count() == 2
        assert office.closures.get().reason == "Christmas Day"
        assert office.service_contacts.get().appointment_required is True

    def test_may_change_and_delete_an_office(self, client):
        office = make_office()
        consular = logged_in(client, "Consular section")
        change = reverse("admin:embassy_consularoffice_change", args=[office.pk])
        delete = reverse("admin:embassy_consularoffice_delete", args=[office.pk])
        assert consular.get(change).status_code == 200
        assert consular.post(delete, {"post": "yes"}).status_code == 302
        assert not ConsularOffice.objects.filter(pk=office.pk).exists()

    @pytest.mark.parametrize("url", PRESS_PAGES)
    def test_cannot_touch_press_messages(self, client, url):
        assert logged_in(client, "Consular section").get(url).status_code == 403

    def test_cannot_change_a_press_message(self, client):
        message = make_message(title="Untouched")
        change = reverse("admin:press_message_change", args=[message.pk])
        response = logged_in(client, "Consular section").post(change, {"title": "Changed"})
        assert response.status_code == 403
        assert Message.objects.get(pk=message.pk).title == "Untouched"


@pytest.mark.parametrize("group", ["Press writer", "Press editor"])
class TestPressGroups:
    @pytest.mark.parametrize("url", CONSULAR_PAGES)
    def test_cannot_open_the_consular_pages(self, client, group, url):
        assert logged_in(client, group).get(url).status_code == 403

    def test_cannot_add_an_office(self, client, group):
        response = logged_in(client, group).post(OFFICE_ADD, office_form())
        assert response.status_code == 403
        assert not ConsularOffice.objects.exists()

    def test_may_still_open_press_messages(self, client, group):
        assert logged_in(client, group).get(PRESS_PAGES[0]).status_code == 200


class TestValidation:
    def refused(self, admin_client, data, url=OFFICE_ADD):
        response = admin_client.post(url, data)
        assert response.status_code == 200  # the form again, with its errors
        return response.content.decode()

    def test_hours_that_close_before_they_open_are_refused(self, admin_client):
        page = self.refused(admin_client, office_form(hours=[hours(0, "12:30", "09:30")]))
        assert "Closing time 09:30 is not after opening time 12:30." in page
        assert not ConsularOffice.objects.exists()

    def test_overlapping_ranges_on_one_day_are_refused(self, admin_client):
        page = self.refused(
            admin_client,
            office_form(hours=[hours(2, "09:00", "13:00"), hours(2, "12:00", "17:00")]),
        )
        assert "On Wednesday, 09:00–13:00 overlaps 12:00–17:00." in page
        assert not OpeningHours.objects.exists()

    def test_the_same_ranges_on_different_days_are_fine(self, admin_client):
        data = office_form(hours=[hours(2, "09:00", "13:00"), hours(3, "12:00", "17:00")])
        assert admin_client.post(OFFICE_ADD, data).status_code == 302

    def test_an_overlap_with_an_existing_range_is_refused_on_change(self, admin_client):
        office = make_office()  # weekdays 09:30–12:30
        existing = office.opening_hours.get(weekday=0)
        data = office_form(hours=[hours(0, "12:00", "15:00")])
        data.update({
            "opening_hours-TOTAL_FORMS": "2", "opening_hours-INITIAL_FORMS": "1",
            "opening_hours-0-id": str(existing.pk), "opening_hours-0-office": str(office.pk),
            "opening_hours-0-weekday": "0", "opening_hours-0-opens": "09:30",
            "opening_hours-0-closes": "12:30",
            "opening_hours-1-weekday": "0", "opening_hours-1-opens": "12:00",
            "opening_hours-1-closes": "15:00",
        })
        url = reverse("admin:embassy_consularoffice_change", args=[office.pk])
        page = self.refused(admin_client, data, url)
        assert "On Monday, 09:30–12:30 overlaps 12:00–15:00." in page
        assert office.opening_hours.count() == 5

    def test_a_region_without_an_office_is_refused(self, admin_client):
        page = self.refused(
            admin_client,
            {"name_en": "Isle of Man", "slug": "isle-of-man", "office": "", "order": "0"},
            reverse("admin:embassy_region_add"),
        )
        assert "Choose the office that serves this region" in page
        assert not Region.objects.exists()

    def test_an_office_serving_a_region_cannot_be_made_inactive(self, admin_client):
        office = make_office()
        make_region(office, name="Scotland")
        data = {**office_form(), "name_en": office.name, "slug": office.slug}
        del data["is_active"]
        url = reverse("admin:embassy_consularoffice_change", args=[office.pk])
        page = self.refused(admin_client, data, url)
        assert "This office still serves Scotland." in page
        office.refresh_from_db()
        assert office.is_active

    def test_a_region_can_only_be_given_to_an_active_office(self, admin_client):
        hidden = make_office(is_active=False)
        page = self.refused(
            admin_client,
            {"name_en": "Wales", "slug": "wales", "office": str(hidden.pk), "order": "0"},
            reverse("admin:embassy_region_add"),
        )
        assert "Select a valid choice" in page
        assert not Region.objects.exists()

    def test_an_office_serving_a_region_cannot_be_deleted(self, admin_client):
        office = make_office()
        make_region(office, name="Wales")
        delete = reverse("admin:embassy_consularoffice_delete", args=[office.pk])
        page = admin_client.get(delete).content.decode()
        assert "would require deleting the following protected related objects" in page
        admin_client.post(delete, {"post": "yes"})
        assert ConsularOffice.objects.filter(pk=office.pk).exists()
