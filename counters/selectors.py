"""Read functions through which other apps (the site header) read the counters.

The header is on every page, so the active incidents are cached rows (core/cached_rows.py).
The cache holds only the rows, never a count: the count depends on the date and is worked out
for each page.
"""

from core.cached_rows import CachedRows

from .models import Incident


def _load_active():
    return list(Incident.objects.filter(is_active=True).only("name", "occurred_on", "note"))


ACTIVE = CachedRows("counters:active-incidents", _load_active)


def active_incidents():
    """The incidents shown in the header, in their order (one query, none when cached)."""
    return ACTIVE.get()
