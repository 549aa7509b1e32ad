"""A few rows that every page shows (site settings, clocks, incidents), kept per content
version (core/content_version.py).

Saving or deleting one of them moves the content version (they are content), so the next
page reads them afresh, on every server at once; until then a worker with a watch on the
version uses its own copy, with no round trip. Without a shared cache (development) another
worker's save cannot reach this process's copy, and the timeout bounds how long such a copy
can be stale.
"""

from . import content_version

TIMEOUT = 300


class CachedRows:
    """`load()`'s result, kept under `key` for the content version (for `timeout` seconds at
    most)."""

    def __init__(self, key, load, *, timeout=TIMEOUT):
        self.key = key
        self.load = load
        self.timeout = timeout

    def get(self):
        return content_version.recall(
            f"rows:{self.key}", self.load, timeout=lambda rows: self.timeout
        )
