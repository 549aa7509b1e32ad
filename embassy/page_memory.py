"""Each app server's own copy of the pages it served last, valid for as long as Redis says so.

A page-cache hit that asks Redis costs a network round trip, several times what the rest of
the hit costs. So each worker process keeps the pages it has answered (bounded by bytes), and
answers from memory while the content version they were filed under is still the current
one, which it knows without asking (core/version_watch.py, `content_version.watch()`).
"""

from core.bounded_memory import BoundedMemory

# How many bytes of (gzipped) pages each worker keeps at most: the most visited pages.
MEMORY_BYTES = 32 * 1024 * 1024

memory = BoundedMemory(MEMORY_BYTES, size_of=lambda page: len(page.body))
