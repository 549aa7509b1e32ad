"""A worker's bounded memory keeps what it used last, within its size."""

from core.bounded_memory import BoundedMemory


def test_the_memory_keeps_the_values_used_last_within_its_size():
    values = BoundedMemory(250, size_of=len)
    for key in "abc":
        values.put(key, b"x" * 100)
    assert values.get("a") is None  # the oldest went to make room
    assert values.get("b") is not None
    values.put("d", b"x" * 100)  # "b" was used since: "c" goes
    assert values.get("c") is None
    assert values.get("b") is not None
    values.put("huge", b"x" * 1000)
    assert values.get("huge") is None
    assert values.size <= 250


def test_a_value_put_again_is_counted_once():
    values = BoundedMemory(250, size_of=len)
    values.put("a", b"x" * 100)
    values.put("a", b"x" * 120)
    assert values.size == 120
    values.clear()
    assert values.size == 0
    assert values.get("a") is None


def test_values_read_together_are_those_held_and_each_counts_as_used():
    values = BoundedMemory(250, size_of=len)
    for key in "abc":
        values.put(key, b"x" * 100)  # "a" went to make room
    assert values.get_many(["a", "c", "b"]) == {"b": b"x" * 100, "c": b"x" * 100}
    values.put("d", b"x" * 100)  # "b" was read after "c": "c" goes
    assert values.get_many(["b", "c", "d"]) == {"b": b"x" * 100, "d": b"x" * 100}
