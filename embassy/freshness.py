"""How long a rendered page may be reused, by browsers, proxies or the page cache.

A page can carry facts that expire at a known instant: the header's date and counters change
at the next midnight of the home zone; a consular office's "Open now" changes at its next
opening or closing time. Whatever renders such a fact calls `fresh_until(request, instant)`.
The page-cache middleware (embassy/page_cache.py) then caps the response's
`Cache-Control: max-age` and `Expires` at the earliest such instant, and stores the page in
the server-side cache for no longer than that.
"""

from django.utils import timezone


def fresh_until(request, instant):
    """Record that what this request renders stops being true at `instant` (aware)."""
    current = getattr(request, "fresh_until", None)
    if current is None or instant < current:
        request.fresh_until = instant


def seconds_until(instant, now=None):
    return max(0, int((instant - (now or timezone.now())).total_seconds()))
