"""Which kept values a worker may hand to every request as they are (core/immutable.py)."""

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import NamedTuple

from django.utils.safestring import mark_safe
from hypothesis import given
from hypothesis import strategies as st

from core.immutable import immutable
from press.feed_entries import FeedEntry
from press.feed_writers import WrittenItem

atoms = st.one_of(
    st.text(), st.text().map(mark_safe), st.binary(), st.integers(), st.floats(allow_nan=False),
    st.booleans(), st.none(), st.datetimes(timezones=st.just(UTC)), st.dates(),
    st.decimals(allow_nan=False),
)
nested_tuples = st.recursive(atoms, lambda inner: st.lists(inner, max_size=4).map(tuple))


@given(nested_tuples)
def test_atoms_and_tuples_of_them_are_immutable(value):
    assert immutable(value)


@given(st.lists(nested_tuples, max_size=4), st.integers(min_value=0, max_value=4), st.data())
def test_anything_changeable_anywhere_inside_makes_a_value_changeable(items, place, data):
    changeable = data.draw(st.sampled_from([[], {}, set(), bytearray(b"x"), Mutable()]))
    items.insert(min(place, len(items)), changeable)
    value = tuple(items)
    for _depth in range(data.draw(st.integers(min_value=0, max_value=3))):
        value = (value,)
    assert not immutable(value)


class Mutable:
    pass


class Point(NamedTuple):
    x: object
    y: object


@dataclass(frozen=True)
class Frozen:
    inside: object


@dataclass
class Thawed:
    inside: object


class Text(str):
    """A str subclass with a __dict__: its instances take attributes."""


def test_named_tuples_and_frozen_dataclasses_are_as_immutable_as_what_they_hold():
    assert immutable(Point(1, "a"))
    assert not immutable(Point(1, ["a"]))
    assert immutable(Frozen(("a", 1)))
    assert not immutable(Frozen({"a": 1}))
    assert not immutable(Thawed("a"))


def test_a_subclass_of_an_atom_is_not_taken_for_one():
    assert not immutable(Text("a"))


def test_what_the_feeds_keep_is_immutable():
    moment = datetime(2026, 11, 29, 12, tzinfo=UTC)
    assert immutable(WrittenItem("<item/>", moment, b"\x00"))
    assert immutable(FeedEntry("Title", "/messages/x/", "Lead", moment, moment, ("Trade",), None))
