"""Each state of a message is defined once: in memory (state_of) and in queries agree."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase

from press.models import APPEARED, Message, State, state_of
from press.models.states import state_filter
from press.selectors import next_scheduled_at
from tests.factories import make_message

NOW = datetime(2022, 7, 1, 7, 0, tzinfo=UTC)
Status = Message.Status

rows = st.tuples(
    st.sampled_from(list(Status)),
    st.integers(min_value=-3, max_value=3),  # hours from now
    st.booleans(),  # in the recycle bin
)


class TestTheQueriesAgreeWithStateOf(TestCase):
    @settings(max_examples=60, deadline=None)
    @given(st.lists(rows, min_size=1, max_size=6))
    def test_every_row_is_in_exactly_the_query_of_its_state(self, made):
        with time_machine.travel(NOW, tick=False):
            messages = [
                make_message(status=status, published_at=NOW + timedelta(hours=hours),
                             deleted_at=NOW if binned else None)
                for status, hours, binned in made
            ]
            for message in messages:
                expected = state_of(message.status, message.published_at, message.deleted_at)
                found = [state for state in State
                         if Message.objects.filter(state_filter(state), pk=message.pk).exists()]
                assert found == [expected]
            published = set(Message.objects.published().values_list("pk", flat=True))
            viewable = set(Message.objects.viewable().values_list("pk", flat=True))
            scheduled = set(Message.objects.scheduled().values_list("pk", flat=True))
            assert published == {m.pk for m in messages if m.state == State.PUBLIC}
            assert viewable == {m.pk for m in messages if m.state in APPEARED}
            assert scheduled == {m.pk for m in messages if m.state == State.SCHEDULED}


@pytest.mark.django_db
@time_machine.travel(NOW, tick=False)
def test_a_binned_scheduled_message_is_not_the_next_publication():
    make_message(published_at=NOW + timedelta(hours=1), deleted_at=NOW)
    later = make_message(published_at=NOW + timedelta(hours=2))
    assert next_scheduled_at() == later.published_at


@pytest.mark.django_db
@time_machine.travel(NOW, tick=False)
def test_has_appeared_is_judged_by_the_stored_row_not_by_an_unsaved_change():
    message = make_message(published_at=NOW - timedelta(hours=1))
    loaded = Message.objects.get(pk=message.pk)
    loaded.status = Status.DRAFT  # as a refused form leaves the instance
    assert loaded.state == State.DRAFT
    assert loaded.stored_state == State.PUBLIC
    assert loaded.has_appeared
    assert not Message(title="New").has_appeared
