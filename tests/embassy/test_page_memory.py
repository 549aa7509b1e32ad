"""Each app server answers repeat visits from its own memory, and never past a content change.

Against a real Redis (tests/live_redis.py).
"""

from datetime import UTC, datetime

import pytest
import time_machine

from embassy import page_cache
from tests.factories import make_message
from tests.live_redis import soon

NOW = datetime(2022, 1, 24, 22, 18, tzinfo=UTC)


@pytest.mark.django_db
@time_machine.travel(NOW, tick=False)
def test_a_repeat_visit_is_answered_from_memory_and_a_publication_ends_it(
    client, redis_cache, monkeypatch
):
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
