"""A page is never reused past the earliest instant something on it stops being true."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.http import HttpResponse
from django.test import RequestFactory
from django.utils.cache import get_max_age
from django.views.decorators.cache import never_cache

from core.freshness import fresh_until, public_page
from embassy.page_cache import PageCacheMiddleware
from tests.cache_headers import shared_max_age

NOW = datetime(2022, 1, 24, 22, 18, tzinfo=UTC)


def respond_with(*instants, decorate=public_page):
    """Serve a page that shows facts expiring at `instants`, through the cache middleware."""

    @decorate
    def view(request):
        for instant in instants:
            fresh_until(request, instant)
        return HttpResponse("page")

    # The middleware finds the page's view by its address; "/" is the home page's.
    return PageCacheMiddleware(view)(RequestFactory().get("/"))


@time_machine.travel(NOW, tick=False)
def test_max_age_is_capped_at_the_earliest_expiry():
    response = respond_with(NOW + timedelta(minutes=3), NOW + timedelta(seconds=42))
    assert shared_max_age(response) == 42
    assert get_max_age(response) == 42
    assert response.headers["Expires"] == "Mon, 24 Jan 2022 22:18:42 GMT"


@time_machine.travel(NOW, tick=False)
def test_a_later_expiry_leaves_the_default_lifetime_alone():
    response = respond_with(NOW + timedelta(days=1))
    assert shared_max_age(response) == 300


@time_machine.travel(NOW, tick=False)
def test_a_page_not_marked_public_is_given_no_shared_lifetime():
    response = respond_with(NOW + timedelta(seconds=42), decorate=lambda view: view)
    assert "public" not in response.get("Cache-Control", "")
    assert shared_max_age(response) is None


@time_machine.travel(NOW, tick=False)
def test_an_expiry_in_the_past_means_no_reuse_at_all():
    response = respond_with(NOW - timedelta(seconds=5))
    assert shared_max_age(response) == 0
    assert get_max_age(response) == 0


@time_machine.travel(NOW, tick=False)
def test_a_response_that_must_not_be_cached_stays_uncached():
    response = respond_with(NOW + timedelta(seconds=42), decorate=never_cache)
    assert "no-store" in response.headers["Cache-Control"]
    assert get_max_age(response) == 0


@pytest.mark.django_db
def test_a_repeat_visitor_gets_a_304(client):
    first = client.get("/")
    assert first.status_code == 200
    repeat = client.get("/", HTTP_IF_NONE_MATCH=first.headers["ETag"])
    assert repeat.status_code == 304
