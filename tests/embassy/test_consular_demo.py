"""The demo consular content: two offices, every service at each, every region served."""

import io

import pytest
from django.core.management import call_command

from embassy.consular.models import (
    ConsularOffice,
    ConsularService,
    OpeningHours,
    Region,
    ServiceContact,
)

pytestmark = pytest.mark.django_db

REGIONS = {
    "England": "embassy-consular-section",
    "Wales": "embassy-consular-section",
    "Isle of Man": "embassy-consular-section",
    "Channel Islands": "embassy-consular-section",
    "Scotland": "consulate-general-edinburgh",
    "Northern Ireland": "consulate-general-edinburgh",
}


def snapshot():
    return [
        list(model.objects.order_by("pk").values())
        for model in (ConsularOffice, OpeningHours, ConsularService, ServiceContact, Region)
    ]


def load_demo():
    call_command("load_demo", stdout=io.StringIO())


def test_the_demo_offices_services_contacts_and_regions():
    load_demo()
    embassy = ConsularOffice.objects.get(slug="embassy-consular-section")
    edinburgh = ConsularOffice.objects.get(slug="consulate-general-edinburgh")
    assert embassy.kind == ConsularOffice.Kind.CONSULAR_SECTION
    assert embassy.phone == "+44 (0) 203 668 7474"
    assert edinburgh.kind == ConsularOffice.Kind.CONSULATE_GENERAL
    assert sorted(embassy.opening_hours.values_list("weekday", flat=True).distinct()) == [
        0, 1, 2, 3, 4
    ]
    assert ConsularService.objects.count() == 7
    assert ServiceContact.objects.count() == 2 * 7
    assert dict(Region.objects.values_list("name", "office__slug")) == REGIONS


def test_details_not_in_the_reference_page_are_marked_as_sample_data():
    load_demo()
    for office in ConsularOffice.objects.all():
        assert "Sample address" in office.address_lines
        assert office.email.endswith("@example.org")
        assert ".example.org/" in office.appointments_url
    assert not ServiceContact.objects.exclude(email__endswith="@example.org").exists()


def test_loading_the_demo_twice_changes_nothing():
    load_demo()
    before = snapshot()
    load_demo()
    assert snapshot() == before


def test_the_demo_lookup_answers(client):
    load_demo()
    page = client.get("/consular/", {"service": "passports", "region": "northern-ireland"})
    assert "Consulate General in Edinburgh" in page.content.decode()
    assert "Consular Section of the Embassy" not in page.content.decode()
