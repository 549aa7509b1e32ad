"""How long a rendered page may be reused, by browsers, proxies or any page cache.

A page can carry facts that expire at a known instant: the header's date and counters change
at the next midnight of the home zone; a consular office's "Open now" changes at its next
opening or closing time. Whatever renders such a fact calls `fresh_until(request, instant)`;
`FreshnessMiddleware` then caps the response's `Cache-Control: max-age` (and `Expires`) so that
no cache serves the page past the earliest such instant. Django's cache middleware and
`cache_page` take their server-side timeout from that same max-age, so they are bounded too.

Public views opt into caching with `public_page`; the cap only ever shortens a lifetime.
"""

from django.conf import settings
from django.utils import timezone
from django.utils.cache import get_max_age, patch_cache_control
from django.utils.http import http_date
from django.views.decorators.cache import cache_control

# How long a public page may be reused when nothing on it expires sooner.
PUBLIC_PAGE_MAX_AGE = getattr(settings, "PUBLIC_PAGE_MAX_AGE", 300)

public_page = cache_control(public=True, max_age=PUBLIC_PAGE_MAX_AGE)


def fresh_until(request, instant):
    """Record that what this request renders stops being true at `instant` (aware)."""
    current = getattr(request, "fresh_until", None)
    if current is None or instant < current:
        request.fresh_until = instant


def seconds_until(instant, now=None):
    return max(0, int((instant - (now or timezone.now())).total_seconds()))


class FreshnessMiddleware:
    """Cap a cacheable response's max-age at the request's earliest expiry instant.

    Place it after UpdateCacheMiddleware (if any) in MIDDLEWARE, so that a server-side page
    cache reads the capped max-age.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        instant = getattr(request, "fresh_until", None)
        max_age = get_max_age(response)
        if instant is None or max_age is None:
            return response
        remaining = seconds_until(instant)
        if remaining < max_age:
            patch_cache_control(response, max_age=remaining)
            response.headers["Expires"] = http_date(instant.timestamp())
        return response
