"""Each app server answers repeat visits from its own memory, and never past a content change.

Against a real Redis (TEST_REDIS_URL, default redis://127.0.0.1:6379/1), under a key prefix
of this test run's own.
"""

import os
import time
import uuid
from datetime import UTC, datetime

import pytest
import redis
import time_machine
from django.core.cache import caches
from django.test import override_settings

from core import content_version
from embassy import page_cache
from embassy.page_cache import StoredPage
from embassy.page_memory import PageMemory, VersionWatch, memory
from tests.factories import make_message

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/1")
NOW = datetime(2022, 1, 24, 22, 18, tzinfo=UTC)


def redis_store(prefix):
    return {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": REDIS_URL,
            "KEY_PREFIX": prefix}


@pytest.fixture
def prefix():
    return f"test-{uuid.uuid4().hex}"


@pytest.fixture
def client_of_redis():
    return redis.Redis.from_url(REDIS_URL)


@pytest.fixture
def key(prefix, client_of_redis):
    """A version key at 7, removed afterwards."""
    key = f"{prefix}:version"
    client_of_redis.set(key, 7)
    yield key
    client_of_redis.delete(key)


@pytest.fixture
def watch(key):
    """A watch that has read the version once."""
    watch = VersionWatch(REDIS_URL, key)
    assert watch.current() == 7
    return watch


def soon(check, seconds=1.0):
    """Whether `check()` comes true within `seconds` (a push crosses a socket)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.001)
    return False


def test_the_watch_knows_a_change_made_by_another_server(watch, key, client_of_redis):
    client_of_redis.incr(key)
    assert soon(lambda: watch.current() == 8)


def test_the_watch_answers_from_memory_until_told(watch, monkeypatch):
    sent = []
    monkeypatch.setattr(watch.connection, "send_command", lambda *args: sent.append(args))
    assert [watch.current() for _ in range(100)] == [7] * 100
    assert sent == []  # no round trip while nothing changed


def test_a_lost_connection_is_never_trusted(watch, key, client_of_redis):
    # The server drops the watch's connection, then the version moves: no invalidation can
    # reach the watch, which must still not answer 7.
    watch.connection.send_command("CLIENT", "ID")
    client_of_redis.execute_command("CLIENT", "KILL", "ID", watch.connection.read_response())
    client_of_redis.incr(key)
    assert watch.current() == 8


def test_a_deleted_version_or_unreachable_redis_gives_no_version(watch, key, client_of_redis):
    client_of_redis.delete(key)
    assert soon(lambda: watch.current() is None)
    assert VersionWatch("redis://127.0.0.1:1/0", key).current() is None


def page(size):
    return StoredPage(version=1, status=200, headers=(), body=b"x" * size, gzipped=False,
                      etag="", stored_at=0, lifetime=60, revalidate=False)


def test_the_memory_keeps_the_pages_used_last_within_its_bytes():
    pages = PageMemory(limit=250)
    for key in "abc":
        pages.put(key, page(100))
    assert pages.get("a") is None  # the oldest went to make room
    assert pages.get("b") is not None
    pages.put("d", page(100))  # "b" was used since: "c" goes
    assert pages.get("c") is None
    assert pages.get("b") is not None
    pages.put("huge", page(1000))
    assert pages.get("huge") is None
    assert pages.size <= 250


@pytest.mark.django_db
@time_machine.travel(NOW, tick=False)
def test_a_repeat_visit_is_answered_from_memory_and_a_publication_ends_it(
    client, prefix, monkeypatch
):
    store = redis_store(prefix)
    with override_settings(CACHES={"default": store, "pages": store}, PAGE_MEMORY=True):
        memory.pages.clear()
        message = make_message(title="Old title")
        client.get("/")
        looked_up_in_redis = []
        fetch = page_cache._fetch
        monkeypatch.setattr(page_cache, "_fetch", lambda *args: looked_up_in_redis.append(1)
                            or fetch(*args))
        assert "Old title" in client.get("/").content.decode()
        assert looked_up_in_redis == []

        message.title = "New title"
        message.save()
        assert soon(lambda: "New title" in client.get("/").content.decode())
        assert looked_up_in_redis
        caches["default"].delete(content_version.KEY)
        memory.pages.clear()
