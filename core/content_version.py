"""The content version: one number that moves whenever content changes.

Anything cached from content (whole pages, a list's count, the next scheduled publication) is
filed under the current version, so one increment makes all of it stale at once, on every
server that shares the cache, with no list of keys to purge. `bump` is connected to every
save and delete of the content apps (embassy/apps.py).
"""

import pickle
import time
from typing import NamedTuple

from django.conf import settings
from django.core.cache import cache, caches
from django.db import transaction
from django.utils import translation

from .bounded_memory import BoundedMemory
from .immutable import immutable
from .version_watch import VersionWatch

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


# Values kept by `recall` and `recall_all` are filed without the version and carry the version
# they were computed for (and when they expire, if they do), so that the version and the
# values are read in one round trip, and a new version overwrites the old value instead of
# leaving it to expire. A release has keys of its own: no fragment its templates rendered
# outlives the deploy of others.
def kept_prefix():
    return f"embassy:kept:{settings.RELEASE}"


# With a watch on the version (production: Redis), each worker also keeps the values it read
# or computed last, and uses them while their version is the current one: no round trip at
# all for a page whose kept values it has (DESIGN.md, Performance). A value that could be
# changed (a model instance, a list) is kept pickled, as Redis keeps it, and unpickled for each
# use: a request that changes it changes nothing for the next. An immutable one (text, a tuple
# of texts: core/immutable.py) is handed out as it is. Bounded by their pickled size (a kept
# form's HTML is the largest, ~20 KB).
MEMORY_BYTES = 16 * 1024 * 1024


class _Remembered(NamedTuple):
    version: int
    expiry: float | None
    # The value itself when it is immutable (`shared`), else its pickle.
    kept: object
    shared: bool
    size: int

    def value(self):
        if self.shared:
            return self.kept
        return pickle.loads(self.kept)  # noqa: S301 (this worker pickled it)


kept_memory = BoundedMemory(MEMORY_BYTES, size_of=lambda remembered: remembered.size)
_watches = {}


def watch():
    """This worker's watch on the content version (core/version_watch.py), or None where the
    version is not kept in Redis or WORKER_MEMORY is off."""
    config = settings.CACHES["default"]
    if not settings.WORKER_MEMORY or not config["BACKEND"].startswith("django_redis."):
        return None
    place = (config["LOCATION"], config.get("KEY_PREFIX", ""))
    if place not in _watches:
        _watches[place] = VersionWatch(
            config["LOCATION"], caches["default"].make_and_validate_key(KEY)
        )
    return _watches[place]


def _still_good(kept_version, expiry, version, now):
    """Whether a value kept for `kept_version` until `expiry` (None: no end) may be used."""
    return kept_version == version and (expiry is None or now < expiry)


def _remember(key, entry):
    version, value, expiry = entry
    pickled = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
    shared = immutable(value)
    kept_memory.put(
        key, _Remembered(version, expiry, value if shared else pickled, shared, len(pickled))
    )


def _kept_for_version(keys):
    """The current version, and of the values kept under `keys` those kept for it (and not
    expired): from this worker's memory where it has them, in one round trip for the rest."""
    known = watch()
    version = known.current() if known is not None else None
    now = time.time()
    kept = {}
    if version is None:
        found = cache.get_many([KEY, *keys])
        version = found.pop(KEY, None)
        if version is None:
            version = current()
    else:
        for key, remembered in kept_memory.get_many(keys).items():
            if _still_good(remembered.version, remembered.expiry, version, now):
                kept[key] = remembered.value()
        asked = [key for key in keys if key not in kept]
        found = cache.get_many(asked) if asked else {}
    for key, entry in found.items():
        if _still_good(entry[0], entry[2], version, now):
            kept[key] = entry[1]
            if known is not None:
                _remember(key, entry)
    return version, kept


def _keep(entries, seconds=None):
    """File (version, value, expiry) entries by key, in the cache and this worker's memory."""
    if seconds is None:
        cache.set_many(entries)
    else:
        cache.set_many(entries, timeout=seconds)
    if watch() is not None:
        for key, entry in entries.items():
            _remember(key, entry)


def recall(name, compute, timeout=None):
    """`compute()`, kept for the current content version, in the active language.

    The language is part of the key because nearly all of it is a language's: a list's count
    counts that language's messages, choices and forms carry its names and words.

    `timeout(value)` may bound how long the value stays true in seconds (None: until the next
    change), for values that also change with time, such as a count that grows when a
    scheduled message comes out.
    """
    key = f"{kept_prefix()}:{name}:{translation.get_language()}"
    version, kept = _kept_for_version([key])
    if key in kept:
        return kept[key]
    value = compute()
    seconds = timeout(value) if timeout else None
    if seconds is None or seconds > 0:
        expiry = None if seconds is None else time.time() + seconds
        _keep({key: (version, value, expiry)}, seconds)
    return value


def recall_all(name, items, key_of, compute_missed):
    """The values of `items`, each kept for the current content version in the active
    language, all read in one round trip; the items not kept are computed together, in one
    call: `compute_missed(missed)` returns their values in their order (one query for all,
    say), and they are written in one more round trip.

    For fragments repeated across pages, such as one message's summary in every list that
    shows it: `key_of(item)` names everything the fragment shows beyond the content and the
    language (which the key holds already).
    """
    prefix = f"{kept_prefix()}:{name}:{translation.get_language()}:"
    keys = [prefix + key_of(item) for item in items]
    version, kept = _kept_for_version(keys)
    missed = [(key, item) for key, item in zip(keys, items, strict=True) if key not in kept]
    if missed:
        values = compute_missed([item for _key, item in missed])
        computed = dict(zip([key for key, _item in missed], values, strict=True))
        _keep({key: (version, value, None) for key, value in computed.items()})
        kept.update(computed)
    return [kept[key] for key in keys]
