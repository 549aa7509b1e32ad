"""A worker's own memory of values it used last, bounded by their size (least recently used
out first): the pages it served (embassy/page_memory.py), the values it kept per content
version (core/content_version.py). Each is served only while the content version it was
made for is the current one, which the worker knows without asking (core/version_watch.py).
"""

import threading
from collections import OrderedDict


class BoundedMemory:
    """Values by key, at most `limit` in all by `size_of(value)`."""

    def __init__(self, limit, size_of):
        self.limit = limit
        self.size_of = size_of
        self.size = 0
        self.values = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key):
        with self.lock:
            return self._used(key)

    def get_many(self, keys):
        """{key: value} of the `keys` it holds, under one hold of the lock (a feed reads 51)."""
        with self.lock:
            found = ((key, self._used(key)) for key in keys)
            return {key: value for key, value in found if value is not None}

    def _used(self, key):
        value = self.values.get(key)
        if value is not None:
            self.values.move_to_end(key)
        return value

    def put(self, key, value):
        with self.lock:
            old = self.values.pop(key, None)
            if old is not None:
                self.size -= self.size_of(old)
            size = self.size_of(value)
            if size > self.limit:
                return
            self.values[key] = value
            self.size += size
            while self.size > self.limit:
                _key, dropped = self.values.popitem(last=False)
                self.size -= self.size_of(dropped)

    def clear(self):
        with self.lock:
            self.values.clear()
            self.size = 0
