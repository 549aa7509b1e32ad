"""Read functions through which other apps (the site header) read the counters.

The header is on every page, so the active incidents are cached; saving or deleting an
incident forgets the cache. The cache holds only the rows, never a count: the count depends
on the date and is worked out for each page.
"""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from .models import Incident

CACHE_KEY = "counters:active-incidents"
# With a per-process cache (local memory under several workers) another worker's save cannot
# reach this process's copy; the timeout bounds how long such a copy can be stale.
CACHE_SECONDS = 300


def active_incidents():
    """The incidents shown in the header, in their order (one query, none when cached)."""
    incidents = cache.get(CACHE_KEY)
    if incidents is None:
        shown = Incident.objects.filter(is_active=True).only("name", "occurred_on", "note")
        incidents = list(shown)
        cache.set(CACHE_KEY, incidents, CACHE_SECONDS)
    return incidents


@receiver([post_save, post_delete], sender=Incident)
def forget_active_incidents(**kwargs):
    cache.delete(CACHE_KEY)
