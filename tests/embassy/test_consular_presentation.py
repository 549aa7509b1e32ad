"""How the consular pages present an office: emergency help first, each service under its own
heading, hours named by the office's city, a result count that names service and region."""

from datetime import UTC, datetime

import pytest
from django.urls import reverse

from tests.embassy.factories.consular import make_contact, make_office, make_region, make_service
from tests.press.pages import page_text

pytestmark = [
    pytest.mark.django_db,
    # Pages show a live state: tests never depend on when they run.
    pytest.mark.time_machine(datetime(2022, 7, 4, 9, 0, tzinfo=UTC), tick=False),
]

LOOKUP = reverse("consular:office-lookup")


@pytest.fixture
def office():
    office = make_office(name="Consulate General in Edinburgh", city="Edinburgh",
                         time_zone="Europe/London")
    passports = make_service(name="Passports", slug="passports", order=1)
    visas = make_service(name="Visas", slug="visas", order=2)
    # Last in the services' order, first on the page.
    emergency = make_service(name="Emergency help", slug="emergency", order=9, is_emergency=True)
    for service in (passports, visas, emergency):
        make_contact(office, service)
    make_region(office, name="Scotland", slug="scotland")
    make_region(office, name="Northern Ireland", slug="northern-ireland")
    return office


def test_emergency_help_comes_first_and_apart_then_each_service_under_its_heading(client, office):
    page = client.get(office.get_absolute_url()).content.decode()
    emergency = page.index('<div class="emergency">')
    assert page.index("<h2>Emergency help</h2>", emergency) < page.index(">Services</h2>")
    assert page.index(">Services</h2>") < page.index("<h3>Passports</h3>") < page.index(
        "<h3>Visas</h3>"
    )
    assert "<h3>Emergency help</h3>" not in page


def test_the_hours_are_headed_by_the_office_city_never_a_zone_name(client, office):
    for url in (office.get_absolute_url(), LOOKUP):
        text = page_text(client.get(url))
        assert "Opening hours (Edinburgh time)" in text
        assert "Europe/" not in text


@pytest.mark.parametrize(
    ("params", "count"),
    [
        ({}, "1 consular office."),
        ({"service": "passports"}, "1 office deals with passports."),
        ({"region": "scotland"}, "1 office serves people living in Scotland."),
        (
            {"service": "passports", "region": "northern-ireland"},
            "1 office deals with passports for people living in Northern Ireland.",
        ),
        ({"q": "edinburgh"}, "1 consular office. Matching “edinburgh”."),
    ],
)
def test_the_result_count_names_the_service_and_the_region(client, office, params, count):
    assert count in page_text(client.get(LOOKUP, params))


def test_the_lookup_opens_with_emergency_help_leading_to_every_office_emergency_contact(
    client, office
):
    page = client.get(LOOKUP).content.decode()
    assert page.index('class="emergency"') < page.index('class="lookup-form')
    assert 'href="?service=emergency">Emergency numbers of every office</a>' in page
    listed = client.get(LOOKUP, {"service": "emergency"}).content.decode()
    assert "<h3>Emergency help</h3>" in listed
