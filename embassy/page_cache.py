"""Whole-page cache for the public site, emptied whenever content changes.

Django's own cache middleware does the work. Three things are added:

- Every page-cache key carries a *content version*, bumped by any save or delete of press,
  counters or embassy data (`bump_content_version`, connected in `EmbassyConfig.ready`). A
  publication, withdrawal or correction is therefore on every page at once, with no list of
  pages to purge.
- A page never outlives a fact it shows: its max-age, and so its time in the cache, is capped
  at the earliest instant registered with `core.freshness.fresh_until` (the header's date
  at the next home midnight, a consular office's next opening or closing).
- A stored page never outlives the next scheduled publication, so a scheduled message
  appears on time although nothing was saved at that moment.

Django's fetch middleware sends an `Age` header with a cached page, so browsers and proxies
count its remaining lifetime correctly.
"""

import time

from django.core.cache import caches
from django.core.cache.backends.dummy import DummyCache
from django.db import transaction
from django.middleware.cache import UpdateCacheMiddleware
from django.utils.cache import get_max_age, patch_cache_control
from django.utils.http import http_date

from core.freshness import true_until
from core.timekeeping import seconds_until
from press import selectors as press

CONTENT_VERSION_KEY = "embassy:content-version"
NEXT_SCHEDULED_KEY = "embassy:next-scheduled:{version}"
CONTENT_APPS = {"core", "press", "counters", "embassy"}
UNCACHEABLE = ("private", "no-cache", "no-store")


def _store():
    return caches["default"]


def content_version():
    version = _store().get(CONTENT_VERSION_KEY)
    if version is None:
        # Start from the clock, so that a restarted cache never reuses an old version.
        _store().add(CONTENT_VERSION_KEY, int(time.time() * 1000), timeout=None)
        version = _store().get(CONTENT_VERSION_KEY)
    return version


def _next_version():
    try:
        _store().incr(CONTENT_VERSION_KEY)
    except ValueError:  # not there yet (or evicted): start it, then move past it
        content_version()
        _store().incr(CONTENT_VERSION_KEY)


def bump_content_version(sender=None, **kwargs):
    if sender is not None and sender._meta.app_label not in CONTENT_APPS:
        return
    # Now, and again once the change is committed: a page another worker renders from the old
    # data in between would otherwise be filed under the new version and kept.
    _next_version()
    transaction.on_commit(_next_version)


def page_key(key, key_prefix, version):
    """KEY_FUNCTION of the "pages" cache: Django's key, within the current content version."""
    return f"{key_prefix}:{version}:content-{content_version()}:{key}"


def next_scheduled_at():
    """When the next scheduled message goes public (None if none), cached per content version."""
    key = NEXT_SCHEDULED_KEY.format(version=content_version())
    found = _store().get(key, default=False)
    if found is False:
        found = press.next_scheduled_at()
        _store().set(key, found, timeout=None if found is None else seconds_until(found) + 1)
    return found


def earliest(*instants):
    present = [instant for instant in instants if instant is not None]
    return min(present) if present else None


class UpdatePageCacheMiddleware(UpdateCacheMiddleware):
    """Django's UpdateCacheMiddleware, with each page's lifetime capped by what it shows."""

    def process_response(self, request, response):
        cache_control = response.get("Cache-Control", "").lower()
        cacheable = (
            self._should_update_cache(request, response)
            and response.status_code == 200
            and not any(directive in cache_control for directive in UNCACHEABLE)
        )
        if cacheable:
            # A dummy cache stores nothing, so there is no stored page to bound by the next
            # scheduled publication (and its look-up is saved).
            scheduled = None if isinstance(self.cache, DummyCache) else next_scheduled_at()
            bound = earliest(true_until(request), scheduled)
            lifetime = get_max_age(response)
            lifetime = self.cache_timeout if lifetime is None else lifetime
            if bound is not None and seconds_until(bound) < lifetime:
                lifetime = seconds_until(bound)
                patch_cache_control(response, max_age=lifetime)
                response.headers["Expires"] = http_date(time.time() + lifetime)
        return super().process_response(request, response)
