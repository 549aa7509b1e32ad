"""The content version: one number that moves whenever content changes.

Anything cached from content (whole pages, a list's count, the next scheduled publication) is
filed under the current version, so one increment makes all of it stale at once, on every
server that shares the cache, with no list of keys to purge. `bump` is connected to every
save and delete of the content apps (embassy/apps.py).
"""

import time

from django.core.cache import cache
from django.db import transaction
from django.utils import translation

KEY = "embassy:content-version"
CONTENT_APPS = {"core", "press", "counters", "embassy"}
# What `remember` stores in place of None, so that "nothing" is told apart from a miss.
_NOTHING = ("nothing",)


def current():
    version = cache.get(KEY)
    if version is None:
        # Start from the clock, so that a restarted cache never reuses an old version.
        cache.add(KEY, int(time.time() * 1000), timeout=None)
        version = cache.get(KEY)
    return version


def _next():
    try:
        cache.incr(KEY)
    except ValueError:  # not there yet (or evicted): start it, then move past it
        current()
        cache.incr(KEY)


def bump(sender=None, **kwargs):
    if sender is not None and sender._meta.app_label not in CONTENT_APPS:
        return
    # Now, and again once the change is committed: a page another worker renders from the old
    # data in between would otherwise be filed under the new version and kept.
    _next()
    transaction.on_commit(_next)


def remember(name, compute, timeout=None):
    """`compute()`, cached for the current content version, in the active language.

    The language is part of the key because nearly all of it is a language's: a list's count
    counts that language's messages, choices and forms carry its names and words.

    `timeout(value)` may bound how long the value stays true in seconds (None: until the next
    change), for values that also change with time, such as a count that grows when a
    scheduled message comes out.
    """
    key = f"embassy:{name}:{translation.get_language()}:{current()}"
    found = cache.get(key)
    if found is None:
        value = compute()
        seconds = timeout(value) if timeout else None
        if seconds is None or seconds > 0:
            cache.set(key, _NOTHING if value is None else value, timeout=seconds)
        return value
    return None if found == _NOTHING else found


def remember_each(name, items, key_of, compute, timeout=None):
    """`[compute(item) for item in items]`, each cached for the current content version, in
    the active language, read in one round trip (and the misses written in one more).

    For fragments repeated across pages, such as one message's summary in every list that
    shows it: `key_of(item)` names everything the fragment shows beyond the content and the
    language (which the key holds already).
    """
    prefix = f"embassy:{name}:{translation.get_language()}:{current()}:"
    keys = [prefix + key_of(item) for item in items]
    found = cache.get_many(keys)
    missing = {
        key: compute(item) for key, item in zip(keys, items, strict=True) if key not in found
    }
    if missing:
        cache.set_many(missing, timeout=timeout)
    return [found[key] if key in found else missing[key] for key in keys]
