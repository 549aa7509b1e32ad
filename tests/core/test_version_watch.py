"""A worker knows the content version without asking Redis, and never past a change.

Against a real Redis (tests/live_redis.py).
"""

import pytest

from core.version_watch import VersionWatch
from tests.live_redis import REDIS_URL, soon


@pytest.fixture
def key(redis_prefix, client_of_redis):
    """A version key at 7, removed afterwards."""
    key = f"{redis_prefix}:version"
    client_of_redis.set(key, 7)
    yield key
    client_of_redis.delete(key)


@pytest.fixture
def watch(key):
    """A watch that has read the version once."""
    watch = VersionWatch(REDIS_URL, key)
    assert watch.current() == 7
    return watch


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
