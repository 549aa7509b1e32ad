"""A few rows that every page shows (site settings, clocks, incidents), kept in the cache.

Saving or deleting one of the rows' models forgets the cached copy, so the next page reads
them afresh. With a cache shared by all workers (Redis) that is at once everywhere; with a
per-process cache another worker's save cannot reach this process's copy, and the timeout
bounds how long such a copy can be stale.
"""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save

TIMEOUT = 300


class CachedRows:
    """`load()`'s result, cached under `key` and forgotten when any of `models` changes.

    `models` are "app_label.ModelName" strings, so that a module can declare its cached rows
    before the app registry is ready.
    """

    def __init__(self, key, load, *, models, timeout=TIMEOUT):
        self.key = key
        self.load = load
        self.timeout = timeout
        for model in models:
            for signal in (post_save, post_delete):
                signal.connect(self.forget, sender=model, weak=False,
                               dispatch_uid=f"cached-rows:{key}:{model}:{id(signal)}")

    def get(self):
        return cache.get_or_set(self.key, self.load, self.timeout)

    def forget(self, **kwargs):
        cache.delete(self.key)
