"""How long a rendered public page may be reused, by browsers, proxies or the page cache.

A page can carry facts that expire at a known instant: the header's date and counters change
at the next midnight of the home zone; a consular office's "Open now" changes at its next
opening or closing time. Whatever renders such a fact calls `fresh_until(request, instant)`.
The page-cache middleware (embassy/page_cache.py) then caps the response's lifetime at the
earliest such instant, and stores the page in the server-side cache for no longer than that.

Every public view is wrapped in `public_page`, which marks it cacheable for the page cache's
lifetime; the middleware shortens that as above.
"""

from django.conf import settings
from django.views.decorators.cache import cache_control

public_page = cache_control(public=True, max_age=settings.CACHE_MIDDLEWARE_SECONDS)


def fresh_until(request, instant):
    """Record that what this request renders stops being true at `instant` (aware)."""
    current = getattr(request, "fresh_until", None)
    if current is None or instant < current:
        request.fresh_until = instant


def true_until(request):
    """The earliest instant recorded with `fresh_until` for this request, or None."""
    return getattr(request, "fresh_until", None)
