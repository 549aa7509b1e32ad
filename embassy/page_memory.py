"""Each app server's own copy of the pages it served last, valid for as long as Redis says so.

A page-cache hit that asks Redis costs a network round trip, several times what the rest of
the hit costs. So each worker process keeps the pages it has answered (`PageMemory`, bounded
by bytes) and the content version they were filed under, and answers from memory while that
version is still the current one.

How a worker knows the version is still current without asking: `VersionWatch` reads it on a
connection of its own with Redis's client-side caching on (CLIENT TRACKING, RESP3). Redis
then pushes an invalidation message down that connection as soon as the version key changes
(a publication on any server), or is evicted or the database flushed. Before each use the
watch looks whether anything has arrived on the connection (a poll, no round trip): anything
at all means the version it knows may be old, and it reads it again. If the connection fails
or closes, the watch forgets what it knew and every page is looked up in Redis again, so a
lost message can never leave an old page in service.

Only with the django-redis store (production); in development and in most tests pages go
straight to the store.
"""

import os
import threading
from collections import OrderedDict

import redis
from django.conf import settings
from django.core.cache import caches

from core import content_version

# How many bytes of (gzipped) pages each worker keeps at most: the most visited pages.
MEMORY_BYTES = 32 * 1024 * 1024


class VersionWatch:
    """The current content version, read once and then known until Redis says it changed."""

    def __init__(self, url, key):
        self.url = url
        self.key = key
        self.version = None
        self.connection = None
        self.pid = None
        self.lock = threading.Lock()

    def current(self):
        """The content version, or None when Redis cannot be asked (the caller then asks the
        store as it would without a watch, and meets the trouble there)."""
        with self.lock:
            for _attempt in range(2):  # a connection Redis closed is opened again, once
                try:
                    if self.version is None or self._changed():
                        self.version = self._read()
                    return self.version
                except (redis.RedisError, OSError, ValueError):
                    self.forget()
            return None

    def forget(self):
        self.version = None
        if self.connection is not None:
            self.connection.disconnect()
        self.connection = None

    def _changed(self):
        """Whether anything came down the connection since the version was read: the only
        thing Redis sends there unasked is an invalidation of the version key."""
        if self.pid != os.getpid():  # a forked worker: its parent's socket is not its own
            return True
        return self.connection.can_read(timeout=0)

    def _read(self):
        if self.connection is None or self.pid != os.getpid():
            self._connect()
        while self.connection.can_read(timeout=0):  # what came before this read is moot
            self.connection.read_response(push_request=True)
        self.connection.send_command("GET", self.key)
        value = self.connection.read_response()  # pushes on the way are read past
        return None if value is None else int(value)

    def _connect(self):
        self.connection = redis.Connection(
            **redis.connection.parse_url(self.url), protocol=3, socket_timeout=2
        )
        self.connection.connect()
        self.pid = os.getpid()
        self.connection.send_command("CLIENT", "TRACKING", "ON")
        if self.connection.read_response() not in (b"OK", "OK"):
            raise redis.RedisError("Redis refused client tracking.")


class PageMemory:
    """The stored pages (embassy.page_cache.StoredPage) this worker answered last, by key."""

    def __init__(self, limit=MEMORY_BYTES):
        self.limit = limit
        self.size = 0
        self.pages = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key):
        with self.lock:
            page = self.pages.get(key)
            if page is not None:
                self.pages.move_to_end(key)
            return page

    def put(self, key, page):
        with self.lock:
            old = self.pages.pop(key, None)
            if old is not None:
                self.size -= len(old.body)
            if len(page.body) > self.limit:
                return
            self.pages[key] = page
            self.size += len(page.body)
            while self.size > self.limit:
                _key, dropped = self.pages.popitem(last=False)
                self.size -= len(dropped.body)


_watches = {}


def version_watch():
    """The watch on the content version, or None when the version is not kept in Redis."""
    config = settings.CACHES["default"]
    if not settings.PAGE_MEMORY or not config["BACKEND"].startswith("django_redis."):
        return None
    place = (config["LOCATION"], config.get("KEY_PREFIX", ""))
    if place not in _watches:
        key = caches["default"].make_and_validate_key(content_version.KEY)
        _watches[place] = VersionWatch(config["LOCATION"], key)
    return _watches[place]


memory = PageMemory()
