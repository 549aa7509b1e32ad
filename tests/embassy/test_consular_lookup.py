"""The public lookup: by service, by region, by text, combined; bad input; one office's page."""

from datetime import UTC, datetime

import pytest
import time_machine
from django.urls import reverse

from tests.embassy.factories.consular import (
    make_closure,
    make_contact,
    make_office,
    make_region,
    make_service,
)

pytestmark = pytest.mark.django_db

LOOKUP = reverse("consular:office-lookup")
NO_MATCH = "No office matched your search."
MONDAY_MORNING_IN_SUMMER = datetime(2022, 7, 4, 9, 0, tzinfo=UTC)  # 10:00 in London (BST)


@pytest.fixture(autouse=True)
def frozen_clock():
    """Pages show a live state: tests never depend on when they run (a test may travel on)."""
    with time_machine.travel(MONDAY_MORNING_IN_SUMMER, tick=False):
        yield


@pytest.fixture
def offices():
    """London serves England and does passports and visas; Edinburgh serves Scotland, passports."""
    london = make_office(name="Consular Section of the Embassy", city="London", order=1)
    edinburgh = make_office(name="Consulate General in Edinburgh", city="Edinburgh", order=2)
    passports = make_service(name="Passports", slug="passports")
    visas = make_service(name="Visas", slug="visas")
    make_contact(london, passports, phone="+44 (0) 20 7946 0101", email="passports@example.org")
    make_contact(london, visas)
    make_contact(
        edinburgh, passports, email="edinburgh-passports@example.org",
        hours_note="Mornings only", appointment_required=True,
    )
    make_region(london, name="England", slug="england")
    make_region(edinburgh, name="Scotland", slug="scotland")
    return london, edinburgh


def listed(client, **params):
    response = client.get(LOOKUP, params)
    assert response.status_code == 200
    page = response.content.decode()
    return [name for name in ("Consular Section of the Embassy", "Consulate General in Edinburgh")
            if f">{name}</a></h2>" in page], page


def test_without_filters_every_active_office_is_listed(client, offices):
    make_office(name="A closed-down office", is_active=False)
    names, page = listed(client)
    assert names == ["Consular Section of the Embassy", "Consulate General in Edinburgh"]
    assert "A closed-down office" not in page
    assert page.count("<h1>") == 1


def test_lookup_by_service_shows_that_service_contact(client, offices):
    names, page = listed(client, service="visas")
    assert names == ["Consular Section of the Embassy"]
    assert "<h3>Visas</h3>" in page and "mailto:visas@example.org" in page


def test_lookup_by_service_shows_each_office_own_contact(client, offices):
    names, page = listed(client, service="passports")
    assert len(names) == 2
    assert 'href="tel:+44-20-7946-0101"' in page and "mailto:passports@example.org" in page
    assert "mailto:edinburgh-passports@example.org" in page
    assert "Mornings only" in page and "Required" in page


def test_lookup_by_region(client, offices):
    assert listed(client, region="scotland")[0] == ["Consulate General in Edinburgh"]
    assert listed(client, region="england")[0] == ["Consular Section of the Embassy"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("edinburgh", ["Consulate General in Edinburgh"]),  # city (and name)
        ("embassy", ["Consular Section of the Embassy"]),  # office name
        ("VISA", ["Consular Section of the Embassy"]),  # a service's name, any case
        ("passports london", ["Consular Section of the Embassy"]),  # every word must match
    ],
)
def test_lookup_by_text(client, offices, text, expected):
    assert listed(client, q=text)[0] == expected


def test_filters_combine(client, offices):
    assert listed(client, service="passports", region="scotland")[0] == [
        "Consulate General in Edinburgh"
    ]
    names, page = listed(client, service="visas", region="scotland")
    assert names == [] and NO_MATCH in page
    assert listed(client, service="passports", q="edinburgh")[0] == [
        "Consulate General in Edinburgh"
    ]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"service": "no-such-service"}, "Select a valid choice."),
        ({"region": "atlantis"}, "Select a valid choice."),
        ({"q": "x" * 10_000}, "Ensure this value has at most 100 characters"),
        ({"q": "Edin\x00burgh"}, "Null characters are not allowed."),
    ],
    ids=["unknown-service", "unknown-region", "10000-characters", "nul-byte"],
)
def test_bad_input_says_nothing_matched_and_why(client, offices, params, message):
    names, page = listed(client, **params)
    assert names == []
    assert NO_MATCH in page and message in page


def test_repeated_parameters_use_the_last_value(client, offices):
    page = client.get(f"{LOOKUP}?service=passports&service=visas").content.decode()
    assert "<h3>Visas</h3>" in page and "<h3>Passports</h3>" not in page
    page = client.get(f"{LOOKUP}?region=england&region=%00").content.decode()
    assert NO_MATCH in page


def test_an_office_shows_address_phone_email_and_hours(client):
    make_office(
        name="Consular Section", address_lines="1 Example Gardens", city="London",
        postcode="W8 0XX", phone="+44 (0) 203 668 7474", email="consular@example.org",
    )
    page = client.get(LOOKUP).content.decode()
    assert "1 Example Gardens<br>London W8 0XX<br>United Kingdom" in page
    assert '<a href="tel:+44-20-3668-7474">+44 (0) 203 668 7474</a>' in page
    assert '<a href="mailto:consular@example.org">consular@example.org</a>' in page
    assert '<th scope="row">Monday</th><td>09:30–12:30</td>' in page
    assert '<th scope="row">Saturday</th><td>Closed</td>' in page


@time_machine.travel(datetime(2022, 7, 4, 10, 0, tzinfo=UTC), tick=False)  # 11:00 in London
def test_the_lookup_shows_the_live_state(client, offices):
    make_office(name="Far away", time_zone="Asia/Vladivostok")  # 20:00 there
    page = client.get(LOOKUP).content.decode()
    assert page.count("Open now — closes at 12:30") == 2
    assert "Closed — opens Tuesday at 09:30" in page


@pytest.mark.parametrize(
    ("utc_time", "state"),
    [
        ((8, 29, 59), "Closed — opens today at 09:30"),  # 09:29:59 BST
        ((8, 30, 0), "Open now — closes at 12:30"),  # 09:30 BST
        ((11, 29, 59), "Open now — closes at 12:30"),  # 12:29:59 BST
        ((11, 30, 0), "Closed — opens Tuesday at 09:30"),  # 12:30 BST
    ],
)
def test_the_state_on_the_page_at_the_edges_of_opening_hours(client, utc_time, state):
    office = make_office()  # London, weekdays 09:30–12:30
    with time_machine.travel(datetime(2022, 7, 4, *utc_time, tzinfo=UTC), tick=False):
        assert state in client.get(LOOKUP).content.decode()
        assert state in client.get(office.get_absolute_url()).content.decode()


def test_text_is_escaped(client):
    make_office(name="<script>alert(1)</script>")
    page = client.get(LOOKUP).content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;" in page


class TestOfficePage:
    def test_shows_the_office_its_services_and_regions(self, client, offices):
        london, _ = offices
        response = client.get(london.get_absolute_url())
        page = response.content.decode()
        assert response.status_code == 200
        assert "<h1>Consular Section of the Embassy</h1>" in page
        assert "<h3>Passports</h3>" in page and "<h3>Visas</h3>" in page
        assert "England" in page

    @time_machine.travel(datetime(2022, 1, 3, 10, 0, tzinfo=UTC), tick=False)
    def test_shows_todays_closure(self, client, offices):
        london, _ = offices
        make_closure(london, datetime(2022, 1, 3).date(), reason="Bank holiday")
        page = client.get(london.get_absolute_url()).content.decode()
        assert "Closed today (Bank holiday) — opens Tuesday at 09:30" in page
        assert "Monday 3 January 2022</time>: Bank holiday" in page

    @pytest.mark.parametrize("slug", ["no-such-office", "inactive"])
    def test_unknown_or_inactive_office_is_404(self, client, slug):
        make_office(slug="inactive", is_active=False)
        assert client.get(reverse("consular:office-detail", args=[slug])).status_code == 404
