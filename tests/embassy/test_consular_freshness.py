"""A cached consular page is never reused past the next opening or closing of an office on it."""

from datetime import UTC, datetime, time

import pytest
import time_machine
from django.urls import reverse

from tests.cache_headers import shared_max_age
from tests.embassy.factories.consular import make_office

pytestmark = pytest.mark.django_db

LOOKUP = reverse("consular:office-lookup")
SPLIT_DAY = ((time(9, 0), time(12, 0)), (time(14, 0), time(16, 0)))


def bst(hour, minute, second=0):
    """Monday 4 July 2022 in London (BST, UTC+1), as a UTC instant."""
    return datetime(2022, 7, 4, hour - 1, minute, second, tzinfo=UTC)


def test_an_open_page_expires_when_the_first_office_on_it_closes(client):
    make_office(name="Mornings")  # closes 12:30
    make_office(name="Split day", hours=SPLIT_DAY)  # closes 12:00
    with time_machine.travel(bst(11, 58), tick=False):
        response = client.get(LOOKUP)
    assert shared_max_age(response) == 120
    # Browsers keep it a minute, never past the closing.
    assert response.headers["Expires"] == "Mon, 04 Jul 2022 10:59:00 GMT"
    with time_machine.travel(bst(12, 0), tick=False):
        assert "Closed — opens today at 14:00" in client.get(LOOKUP).content.decode()


def test_a_closed_page_expires_when_the_office_opens(client):
    office = make_office()
    with time_machine.travel(bst(9, 29), tick=False):
        response = client.get(office.get_absolute_url())
        assert "Closed — opens today at 09:30" in response.content.decode()
    assert shared_max_age(response) == 60
    with time_machine.travel(bst(9, 30), tick=False):
        page = client.get(office.get_absolute_url()).content.decode()
    assert "Open now — closes at 12:30" in page


def test_the_bound_uses_each_office_zone(client):
    make_office(name="Moscow", time_zone="Europe/Moscow")  # 12:29:30 there: closes in 30 s
    make_office(name="London")  # 10:29:30 in London: closes in two hours
    with time_machine.travel(datetime(2022, 7, 4, 9, 29, 30, tzinfo=UTC), tick=False):
        assert shared_max_age(client.get(LOOKUP)) == 30


def test_nothing_changing_soon_leaves_the_usual_lifetime(client):
    make_office()
    with time_machine.travel(bst(10, 0), tick=False):
        assert shared_max_age(client.get(LOOKUP)) == 300
