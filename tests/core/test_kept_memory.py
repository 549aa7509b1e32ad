"""Each worker keeps the values it kept per content version in its own memory, and uses them
only while their version is the current one and their time has not run out.

Against a real Redis (tests/live_redis.py), where the worker watches the version.
"""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine

from core import content_version
from tests.live_redis import soon

NOW = datetime(2022, 1, 24, 22, 18, tzinfo=UTC)


@pytest.fixture
def round_trips(redis_cache, monkeypatch):
    """The keys each read of kept values asked Redis for."""
    asked = []
    get_many = redis_cache.get_many

    def counted(keys, *args, **kwargs):
        asked.append(list(keys))
        return get_many(keys, *args, **kwargs)

    monkeypatch.setattr(redis_cache, "get_many", counted)
    return asked


class Computed:
    def __init__(self):
        self.times = 0

    def __call__(self):
        self.times += 1
        return f"value {self.times}"


def test_a_kept_value_is_used_again_without_a_round_trip(redis_cache, round_trips):
    compute = Computed()
    assert content_version.recall("thing", compute) == "value 1"
    round_trips.clear()
    assert [content_version.recall("thing", compute) for _ in range(3)] == ["value 1"] * 3
    assert round_trips == []
    assert compute.times == 1


def test_a_value_another_worker_kept_is_read_once_then_remembered(redis_cache, round_trips):
    compute = Computed()
    content_version.recall("thing", compute)
    content_version.kept_memory.clear()  # as another worker, which has not seen it yet
    round_trips.clear()
    assert content_version.recall("thing", compute) == "value 1"
    assert content_version.recall("thing", compute) == "value 1"
    assert len(round_trips) == 1
    assert compute.times == 1


def test_a_change_on_another_server_is_never_answered_from_memory(
    redis_cache, client_of_redis
):
    compute = Computed()
    content_version.recall("thing", compute)
    # Another server publishes: the version moves in Redis, not through this worker.
    client_of_redis.incr(redis_cache.make_and_validate_key(content_version.KEY))
    assert soon(lambda: content_version.recall("thing", compute) == "value 2")


def test_a_value_that_expires_is_not_used_past_its_time(redis_cache):
    compute = Computed()
    with time_machine.travel(NOW, tick=False) as traveller:
        content_version.recall("timed", compute, timeout=lambda value: 60)
        traveller.shift(timedelta(seconds=59))
        assert content_version.recall("timed", compute, timeout=lambda value: 60) == "value 1"
        traveller.shift(timedelta(seconds=2))
        assert content_version.recall("timed", compute, timeout=lambda value: 60) == "value 2"


def test_a_list_of_values_is_kept_in_memory_too(redis_cache, round_trips):
    def compute_missed(missed):
        return [f"item {item}" for item in missed]

    first = content_version.recall_all("items", [1, 2], str, compute_missed)
    round_trips.clear()
    assert content_version.recall_all("items", [2, 1], str, compute_missed) == [
        "item 2", "item 1",
    ]
    assert first == ["item 1", "item 2"]
    assert round_trips == []
    # Only what this worker does not have is asked for.
    content_version.recall_all("items", [1, 3], str, compute_missed)
    assert len(round_trips) == 1
    assert [key.rsplit(":", 1)[1] for key in round_trips[0]] == ["3"]


def test_each_release_keeps_its_own_values(settings):
    compute = Computed()
    settings.RELEASE = "first"
    assert content_version.recall("fragment", compute) == "value 1"
    settings.RELEASE = "second"
    assert content_version.recall("fragment", compute) == "value 2"
    settings.RELEASE = "first"
    assert content_version.recall("fragment", compute) == "value 1"


def test_each_use_gets_its_own_copy_of_a_kept_value(redis_cache):
    first = content_version.recall("list", lambda: ["kept"])
    first.append("changed by one request")
    assert content_version.recall("list", lambda: ["computed again"]) == ["kept"]


def test_an_immutable_value_is_handed_out_as_it_is(redis_cache):
    # Nothing a request does can change text or a tuple of it: no copy is made for each use.
    first = content_version.recall("chrome", lambda: ("<header>", "<footer>"))
    assert content_version.recall("chrome", lambda: ("computed", "again")) is first


def test_a_tuple_holding_something_changeable_is_still_copied(redis_cache):
    first = content_version.recall("pair", lambda: ("kept", ["inside"]))
    first[1].append("changed by one request")
    again = content_version.recall("pair", lambda: ("computed", ["again"]))
    assert again == ("kept", ["inside"])
    assert again is not first
