"""The content version, known to each worker without asking Redis, for as long as Redis says
it has not moved.

A value kept per content version (a page in the page cache, a kept fragment or count) is good
while its version is the current one; asking Redis for the version costs a network round trip,
several times what the rest of a page-cache hit costs. `VersionWatch` reads the version on a
connection of its own with Redis's client-side caching on (CLIENT TRACKING, RESP3). Redis
then pushes an invalidation message down that connection as soon as the version key changes
(a publication on any server), or is evicted or the database flushed. Before each use the
watch looks whether anything has arrived on the connection (a poll, no round trip): anything
at all means the version it knows may be old, and it reads it again. If the connection fails
or closes, the watch forgets what it knew and the caller asks Redis as it would without a
watch, so a lost message can never leave an old value in service.

Hand-written: redis-py's own client-side cache needs Redis 7.4, and Debian ships 7.0.
`core.content_version.watch()` gives the worker's watch: only with the django-redis store
(production) and WORKER_MEMORY on; in development and in most tests there is none.
"""

import os
import threading

import redis


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
