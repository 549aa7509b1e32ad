"""A header date or counter is never served after the next midnight of the home zone.

Every page carries the header, so every page that renders it is reusable (by browsers,
proxies, or a server-side page cache) only until the home zone's next midnight.
"""

from datetime import UTC, date, datetime, timedelta

import pytest
import time_machine
from django.conf import settings
from django.shortcuts import render
from django.urls import path
from django.utils.cache import get_max_age

from embassy.freshness import public_page
from embassy.header import next_midnight
from tests.counters.factories import make_incident
from tests.embassy.test_header_reference import visible_text

pytestmark = [pytest.mark.django_db, pytest.mark.urls(__name__)]

MOSCOW_MIDNIGHT = datetime(2022, 1, 24, 21, 0, tzinfo=UTC)  # 25 January begins in Moscow


@public_page
def cacheable_page(request):
    return render(request, "base.html")


urlpatterns = [path("", cacheable_page, name="home")]

# Django's page cache keys a page by the active zone's name. FetchFromCacheMiddleware goes just
# before HomeTimeZoneMiddleware (not last, as Django's docs put it) so that it looks pages up
# under the same zone as UpdateCacheMiddleware, outside the home zone, files them: otherwise
# every lookup misses.
_HOME_ZONE = settings.MIDDLEWARE.index("embassy.middleware.HomeTimeZoneMiddleware")
SITE_WIDE_PAGE_CACHE = [
    "django.middleware.cache.UpdateCacheMiddleware",
    *settings.MIDDLEWARE[:_HOME_ZONE],
    "django.middleware.cache.FetchFromCacheMiddleware",
    *settings.MIDDLEWARE[_HOME_ZONE:],
]


def test_max_age_and_expires_stop_at_the_next_moscow_midnight(client):
    with time_machine.travel(MOSCOW_MIDNIGHT - timedelta(minutes=2), tick=False):
        response = client.get("/")
    assert get_max_age(response) == 120
    assert response.headers["Expires"] == "Mon, 24 Jan 2022 21:00:00 GMT"


def test_far_from_midnight_the_page_keeps_its_usual_lifetime(client):
    with time_machine.travel(MOSCOW_MIDNIGHT + timedelta(hours=1), tick=False):
        response = client.get("/")
    assert get_max_age(response) == 300
    assert "Expires" not in response.headers


def test_a_site_wide_page_cache_serves_the_page_until_moscow_midnight_and_not_after(
    client, settings
):
    settings.MIDDLEWARE = SITE_WIDE_PAGE_CACHE
    with time_machine.travel(MOSCOW_MIDNIGHT - timedelta(minutes=2), tick=False):
        first = visible_text(client.get("/").content.decode())
    assert "24 January 2022 Moscow: 23:58" in first

    make_incident(name="the Salisbury incident", occurred_on=date(2018, 3, 4))
    with time_machine.travel(MOSCOW_MIDNIGHT - timedelta(seconds=1), tick=False):
        cached = visible_text(client.get("/").content.decode())
    assert cached == first  # served from the page cache: the new counter is not there yet

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
