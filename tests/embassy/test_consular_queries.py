"""The consular pages run a fixed number of queries whatever the number of offices."""

from datetime import date

import pytest
from django.urls import reverse

from core.clocks import active_clocks
from core.site_settings import SiteSettings
from counters.selectors import active_incidents
from embassy.consular.selectors import main_office
from tests.embassy.factories.consular import (
    make_closure,
    make_contact,
    make_office,
    make_region,
    make_service,
)

pytestmark = pytest.mark.django_db

LOOKUP = reverse("consular:office-lookup")
# Services, regions, offices (with the chosen contact joined in), hours, closures.
LOOKUP_QUERIES = 5
# The office, its hours, closures, service contacts with their services, regions.
OFFICE_QUERIES = 5


def warm_header():
    """Load what every page's header shows (settings, clocks, counters, the consular line)
    for the current content version, as the first page after a change does on a running
    site: each save of an office moved the version. Budgets are counted in that steady state;
    a first page adds the same queries to any page, whatever the data size."""
    SiteSettings.load()
    active_clocks()
    active_incidents()
    main_office()


def make_offices(count):
    services = [make_service(slug="passports"), make_service(), make_service()]
    offices = []
    for number in range(count):
        office = make_office(city="Edinburgh" if number % 2 else "London")
        for service in services:
            make_contact(office, service)
        make_region(office, slug="first" if number == 0 else f"region-{office.slug}")
        make_closure(office, date=date(2099, 12, 25), reason="Christmas")
        offices.append(office)
    warm_header()
    return offices


@pytest.mark.parametrize("count", [2, 30])
@pytest.mark.parametrize(
    "params",
    [{}, {"service": "passports"}, {"service": "passports", "q": "london", "region": "first"}],
    ids=["no-filter", "service", "combined"],
)
def test_lookup_query_count_is_fixed(client, django_assert_num_queries, count, params):
    make_offices(count)
    with django_assert_num_queries(LOOKUP_QUERIES):
        response = client.get(LOOKUP, params)
    # Every variant lists offices: an invalid form would skip the office queries.
    assert 'class="consular-office"' in response.content.decode()


def test_the_lookup_s_lists_are_kept_for_the_content_version(client, django_assert_num_queries):
    make_offices(3)
    client.get(LOOKUP)  # the first page after a change loads and keeps them

    # Before anything is chosen: every office, as kept.
    with django_assert_num_queries(0):
        assert client.get(LOOKUP).content.decode().count('class="consular-office"') == 3
    # A choice: the services and regions as kept, the offices for it queried.
    with django_assert_num_queries(LOOKUP_QUERIES - 2):
        assert client.get(LOOKUP, {"q": "edinburgh"}).content.decode().count(
            'class="consular-office"'
        ) == 1


@pytest.mark.parametrize("count", [2, 30])
def test_lookup_lists_every_office_in_one_go(client, count):
    make_offices(count)
    page = client.get(LOOKUP, {"service": "passports"}).content.decode()
    assert page.count('class="consular-office"') == count
    assert page.count('class="service-contact"') == count


@pytest.mark.parametrize("services", [1, 12])
def test_office_page_query_count_is_fixed(client, django_assert_num_queries, services):
    office = make_office()
    for _ in range(services):
        make_contact(office, make_service())
    make_region(office)
    warm_header()
    with django_assert_num_queries(OFFICE_QUERIES):
        response = client.get(office.get_absolute_url())
    assert response.content.decode().count('class="service-contact"') == services
