"""A header date or counter is never served after the next midnight of the home zone.

Every page carries the header, so every page that renders it is reusable (by browsers,
proxies, or a server-side page cache) only until the home zone's next midnight.
"""

from datetime import UTC, date, datetime, timedelta

import pytest
import time_machine
from django.shortcuts import render
from django.urls import path

from core.freshness import public_page
from core.timekeeping import next_midnight
from embassy import urls as site_urls
from tests.cache_headers import shared_max_age
from tests.counters.factories import make_incident
from tests.embassy.test_header_reference import visible_text

pytestmark = [pytest.mark.django_db, pytest.mark.urls(__name__)]

MOSCOW_MIDNIGHT = datetime(2022, 1, 24, 21, 0, tzinfo=UTC)  # 25 January begins in Moscow


@public_page
def cacheable_page(request):
    return render(request, "base.html")


# This page first, then the whole site (base.html links to its sections).
urlpatterns = [path("", cacheable_page, name="home"), *site_urls.urlpatterns]

def test_max_age_and_expires_stop_at_the_next_moscow_midnight(client):
    with time_machine.travel(MOSCOW_MIDNIGHT - timedelta(minutes=2), tick=False):
        response = client.get("/")
    assert shared_max_age(response) == 120
    # Browsers keep it a minute, never past midnight.
    assert response.headers["Expires"] == "Mon, 24 Jan 2022 20:59:00 GMT"


def test_far_from_midnight_the_page_keeps_its_usual_lifetime(client):
    with time_machine.travel(MOSCOW_MIDNIGHT + timedelta(hours=1), tick=False):
        response = client.get("/")
    assert shared_max_age(response) == 300


def test_the_page_cache_serves_the_page_until_moscow_midnight_and_not_after(
    client, settings, django_assert_num_queries
):
    settings.CACHES = settings.PAGE_CACHE
    make_incident(name="the Salisbury incident", occurred_on=date(2018, 3, 4))
    with time_machine.travel(MOSCOW_MIDNIGHT - timedelta(minutes=2), tick=False):
        first = visible_text(client.get("/").content.decode())
    assert "24 January 2022 Moscow: 23:58" in first
    assert "1422 days have passed since the Salisbury incident" in first

    with (
        time_machine.travel(MOSCOW_MIDNIGHT - timedelta(seconds=1), tick=False),
        django_assert_num_queries(0),
    ):
        cached = visible_text(client.get("/").content.decode())
    assert cached == first  # served from the page cache

    with time_machine.travel(MOSCOW_MIDNIGHT, tick=False):
        fresh = visible_text(client.get("/").content.decode())
    assert "25 January 2022 Moscow: 00:00" in fresh
    assert "1423 days have passed since the Salisbury incident" in fresh


@pytest.mark.parametrize(
    ("today", "zone", "midnight"),
    [
        (date(2022, 1, 25), "Europe/Moscow", datetime(2022, 1, 25, 21, 0, tzinfo=UTC)),
        (date(2022, 7, 15), "Europe/London", datetime(2022, 7, 15, 23, 0, tzinfo=UTC)),
        # Santiago skipped 00:00 on 11 September 2022 (clocks went from 24:00 to 01:00):
        # the date changed at the jump, 04:00 UTC.
        (date(2022, 9, 10), "America/Santiago", datetime(2022, 9, 11, 4, 0, tzinfo=UTC)),
    ],
)
def test_next_midnight_is_when_the_zones_date_changes(today, zone, midnight):
    import zoneinfo

    assert next_midnight(today, zoneinfo.ZoneInfo(zone)) == midnight
