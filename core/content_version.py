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


# Values kept by `recall` and `recall_each` are filed without the version and carry the version
# they were computed for, so that the version and the values are read in one round trip, and a
# new version overwrites the old value instead of leaving it to expire.
KEPT_PREFIX = "embassy:kept"


def _kept_for_version(keys):
    """The current version, and of the values kept under `keys` those kept for it."""
    found = cache.get_many([KEY, *keys])
    version = found.pop(KEY, None)
    if version is None:
        version = current()
    return version, {key: kept[1] for key, kept in found.items() if kept[0] == version}


def recall(name, compute, timeout=None):
    """`compute()`, kept for the current content version, in the active language.

    The language is part of the key because nearly all of it is a language's: a list's count
    counts that language's messages, choices and forms carry its names and words.

    `timeout(value)` may bound how long the value stays true in seconds (None: until the next
    change), for values that also change with time, such as a count that grows when a
    scheduled message comes out.
    """
    key = f"{KEPT_PREFIX}:{name}:{translation.get_language()}"
    version, kept = _kept_for_version([key])
    if key in kept:
        return kept[key]
    value = compute()
    seconds = timeout(value) if timeout else None
    if seconds is None or seconds > 0:
        cache.set(key, (version, value), timeout=seconds)
    return value


def recall_each(name, items, key_of, compute):
    """`[compute(item) for item in items]`, each kept for the current content version in the
    active language, all read in one round trip (and the misses written in one more).

    For fragments repeated across pages, such as one message's summary in every list that
    shows it: `key_of(item)` names everything the fragment shows beyond the content and the
    language (which the key holds already).
    """
    return recall_all(name, items, key_of, lambda missed: [compute(item) for item in missed])


def recall_all(name, items, key_of, compute_missed):
    """As `recall_each`, but the items not kept are computed together, in one call:
    `compute_missed(missed)` returns their values in their order (one query for all, say).
    """
    prefix = f"{KEPT_PREFIX}:{name}:{translation.get_language()}:"
    keys = [prefix + key_of(item) for item in items]
    version, kept = _kept_for_version(keys)
    missed = [(key, item) for key, item in zip(keys, items, strict=True) if key not in kept]
    if missed:
        values = compute_missed([item for _key, item in missed])
        computed = dict(zip([key for key, _item in missed], values, strict=True))
        cache.set_many({key: (version, value) for key, value in computed.items()})
        kept.update(computed)
    return [kept[key] for key in keys]
