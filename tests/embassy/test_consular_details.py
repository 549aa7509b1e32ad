"""An office's details (address, contacts, regions, hours) are rendered once per content
version and language and kept (embassy/consular/details.py); whether it is open now is worked
out on every request."""

import re
from datetime import UTC, datetime

import pytest
import time_machine
from django.urls import reverse
from django.utils import translation

from tests.embassy.factories.consular import make_office, make_region

pytestmark = pytest.mark.django_db

LOOKUP = reverse("consular:office-lookup")
DETAILS_TEMPLATE = "embassy/consular/_office_details.html"
# A minute before and a minute after the office (London, 09:30–12:30 BST) closes: within
# the test cache's lifetime for what it keeps (five minutes).
BEFORE_CLOSING = datetime(2022, 7, 4, 11, 29, tzinfo=UTC)
AFTER_CLOSING = datetime(2022, 7, 4, 11, 31, tzinfo=UTC)


@pytest.fixture(autouse=True)
def frozen_clock():
    with time_machine.travel(BEFORE_CLOSING, tick=False) as traveller:
        yield traveller


@pytest.fixture
def office():
    office = make_office(name="Consulate General in Edinburgh", city="Edinburgh",
                         time_zone="Europe/London", phone="+44 131 496 0000")
    make_region(office, name="Scotland", slug="scotland")
    make_region(office, name="Northern Ireland", slug="northern-ireland")
    return office


def details(response):
    """Each listed office's details: from its address to the end of its hours."""
    return re.findall(r"<address>.*?</table>", response.content.decode(), re.S)


def state(response):
    return re.findall(r'<p class="office-state[^"]*">([^<]*)</p>', response.content.decode())


def rendered(response):
    return [template.name for template in response.templates]


def test_the_details_are_kept_while_the_state_follows_the_clock(client, office, frozen_clock):
    first = client.get(LOOKUP)
    frozen_clock.move_to(AFTER_CLOSING, tick=False)
    later = client.get(LOOKUP)

    assert DETAILS_TEMPLATE in rendered(first)
    assert DETAILS_TEMPLATE not in rendered(later)
    assert state(first) == ["Open now — closes at 12:30"]
    assert state(later) == ["Closed — opens Tuesday at 09:30"]
    assert details(later) == details(first)
    [shown] = details(later)
    for fact in ("+44 131 496 0000", "Northern Ireland, Scotland", "Opening hours (Edinburgh time)",
                 '<th scope="row">Monday</th><td>09:30–12:30</td>',
                 '<th scope="row">Sunday</th><td>Closed</td>'):
        assert fact in shown


def test_the_office_page_shows_the_details_the_lookup_kept(client, office):
    listed = client.get(LOOKUP)
    page = client.get(office.get_absolute_url())

    assert DETAILS_TEMPLATE not in rendered(page)
    assert details(page) == details(listed)


def test_a_change_to_the_office_shows_on_both_pages_at_once(client, office):
    client.get(LOOKUP)
    client.get(office.get_absolute_url())
    office.phone = "+44 131 496 0999"
    office.save()
    make_region(office, name="Cumbria", slug="cumbria")

    for url in (LOOKUP, office.get_absolute_url()):
        [shown] = details(client.get(url))
        assert "+44 131 496 0999" in shown
        assert "+44 131 496 0000" not in shown
        assert "Cumbria" in shown


def test_each_language_keeps_its_own_details(client, office):
    english = details(client.get(LOOKUP))
    with translation.override("ru"):
        russian_lookup = reverse("consular:office-lookup")
    russian = details(client.get(russian_lookup))

    assert russian_lookup.startswith("/ru/")
    assert "Monday" in english[0]
    assert "Понедельник" in russian[0]
    assert "Monday" not in russian[0]
