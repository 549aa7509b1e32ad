"""core.postgresql: a kept connection is checked with a round trip only when the server has
said something on it, and one the server ended is still opened again before it is used."""

import select

import pytest
from django.db import connection

from core.postgresql import base

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def round_trips(monkeypatch):
    """The health checks that went to the server (Django's `SELECT 1`)."""
    sent = []
    real = base.base.DatabaseWrapper.is_usable
    monkeypatch.setattr(
        base.base.DatabaseWrapper, "is_usable", lambda self: sent.append(1) or real(self)
    )
    return sent


def start_a_request():
    # What Django's request_started handler leaves for the first query of a request.
    connection.health_check_done = False


def backend_answers():
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        return cursor.fetchone()[0]


def end_session_from_outside(pid):
    """Terminate the session `pid` from another connection, as a server restart would, and
    wait until its farewell has reached our socket."""
    other = connection.get_new_connection(connection.get_connection_params())
    try:
        other.autocommit = True
        with other.cursor() as cursor:
            cursor.execute("SELECT pg_terminate_backend(%s)", [pid])
    finally:
        other.close()
    poller = select.poll()
    poller.register(connection.connection.fileno(), select.POLLIN)
    assert poller.poll(5000), "the server said nothing on the ended session"


def test_a_connection_the_server_is_silent_on_is_used_without_a_round_trip(round_trips):
    first = backend_answers()
    for _ in range(3):
        start_a_request()
        assert backend_answers() == first  # the same session, kept
    assert round_trips == []


def test_a_session_the_server_ended_is_opened_again_before_the_request_uses_it(round_trips):
    ended = backend_answers()
    end_session_from_outside(ended)

    start_a_request()
    answered_by = backend_answers()  # no error: the check found the session gone

    assert answered_by != ended
    assert round_trips == [1]  # something arrived, so the real check was made


def test_a_connection_the_driver_knows_is_closed_is_opened_again(round_trips):
    backend_answers()
    connection.connection.close()  # e.g. after a failed send

    start_a_request()
    assert backend_answers()
