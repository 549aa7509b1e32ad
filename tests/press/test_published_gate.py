"""Message.objects.published() is the one gate every public surface reads through."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine

from press.models import Message
from tests.factories import make_message

pytestmark = pytest.mark.django_db

NOW = datetime(2022, 1, 24, 22, 18, tzinfo=UTC)


@time_machine.travel(NOW, tick=False)
def test_only_published_messages_whose_time_has_come_pass_the_gate():
    public = make_message(title="Public", published_at=NOW - timedelta(minutes=1))
    make_message(title="Draft", status=Message.Status.DRAFT)
    make_message(
        title="Withdrawn", status=Message.Status.WITHDRAWN, published_at=NOW - timedelta(days=1)
    )
    make_message(title="Scheduled", published_at=NOW + timedelta(seconds=1))

    assert list(Message.objects.published()) == [public]


def test_a_scheduled_message_appears_by_itself_when_its_time_comes():
    with time_machine.travel(NOW, tick=False) as traveller:
        scheduled = make_message(published_at=NOW + timedelta(hours=2))
        assert not Message.objects.published().exists()
        traveller.shift(timedelta(hours=2))
        assert list(Message.objects.published()) == [scheduled]


@time_machine.travel(NOW, tick=False)
def test_published_messages_come_newest_first_with_a_stable_order_within_a_second():
    older = make_message(published_at=NOW - timedelta(days=1))
    first_same_time = make_message(published_at=NOW - timedelta(hours=1))
    second_same_time = make_message(published_at=NOW - timedelta(hours=1))

    assert list(Message.objects.published()) == [second_same_time, first_same_time, older]
