"""The page cache: repeat visits cost no query; content changes and schedules show at once."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.conf import settings
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from press.models import Message
from tests.cache_headers import shared_max_age
from tests.factories import make_message

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]

NOW = datetime(2022, 1, 24, 22, 18, tzinfo=UTC)


@pytest.fixture
def page_cache():
    with override_settings(CACHES=settings.PAGE_CACHE):
        yield


@time_machine.travel(NOW, tick=False)
def test_a_repeat_visit_is_served_from_the_cache_without_a_query(
    client, django_assert_num_queries
):
    make_message(title="Cached statement")
    first = client.get("/")
    with django_assert_num_queries(0):
        repeat = client.get("/")
    assert repeat.content == first.content
    assert "Cached statement" in repeat.content.decode()


@time_machine.travel(NOW, tick=False)
def test_publishing_shows_on_the_next_visit(client):
    draft = make_message(title="Breaking statement", status=Message.Status.DRAFT)
    assert "Breaking statement" not in client.get("/").content.decode()

    draft.status = Message.Status.PUBLISHED
    draft.published_at = NOW - timedelta(minutes=1)
    draft.save()
    assert "Breaking statement" in client.get("/").content.decode()


@time_machine.travel(NOW, tick=False)
def test_withdrawing_removes_from_the_next_visit(client):
    message = make_message(title="Regretted statement")
    assert "Regretted statement" in client.get("/").content.decode()

    message.status = Message.Status.WITHDRAWN
    message.save()
    assert "Regretted statement" not in client.get("/").content.decode()


def test_a_scheduled_message_appears_at_its_time_although_the_page_was_cached(client):
    with time_machine.travel(NOW, tick=False) as traveller:
        make_message(title="Scheduled statement", published_at=NOW + timedelta(seconds=90))
        first = client.get("/")
        assert "Scheduled statement" not in first.content.decode()
        assert shared_max_age(first) <= 90

        traveller.shift(timedelta(seconds=89))
        assert "Scheduled statement" not in client.get("/").content.decode()
        traveller.shift(timedelta(seconds=2))
        assert "Scheduled statement" in client.get("/").content.decode()


def test_a_cached_page_tells_browsers_how_old_it_is(client):
    with time_machine.travel(NOW, tick=False) as traveller:
        make_message()
        client.get("/")
        traveller.shift(timedelta(seconds=100))
        repeat = client.get("/")
    assert int(repeat.headers["Age"]) == 100
    assert shared_max_age(repeat) - int(repeat.headers["Age"]) == 200


def test_the_admin_is_never_cached(admin_client):
    first = admin_client.get("/admin/")
    assert "no-store" in first.headers["Cache-Control"]


def test_a_page_rendered_before_a_change_is_committed_is_not_kept(
    client, django_capture_on_commit_callbacks
):
    """Another worker may render the old content between the save and the commit."""
    with time_machine.travel(NOW, tick=False):
        message = make_message(title="Old title")
        with django_capture_on_commit_callbacks(execute=True):
            message.title = "New title"
            message.save()
            # Rendered before the commit, and filed under the version the save moved to.
            client.get("/")
        with CaptureQueriesContext(connection) as after_commit:
            client.get("/")
    assert after_commit.captured_queries, "the page came from the cache, not rendered again"


def test_a_cached_consular_page_never_outlives_the_office_closing(
    client, django_assert_num_queries
):
    from tests.embassy.factories.consular import make_office

    closing = datetime(2022, 7, 1, 11, 30, tzinfo=UTC)  # 12:30 in London, summer time
    make_office(name="Consular Section")
    with time_machine.travel(closing - timedelta(seconds=30), tick=False):
        assert "Open now — closes at 12:30" in client.get("/consular/").content.decode()
    with (
        time_machine.travel(closing - timedelta(seconds=1), tick=False),
        django_assert_num_queries(0),
    ):
        assert "Open now" in client.get("/consular/").content.decode()  # from the cache
    with time_machine.travel(closing, tick=False):
        assert "Closed — opens Monday at 09:30" in client.get("/consular/").content.decode()
