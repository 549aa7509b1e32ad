"""core.prepared_statements: on PostgreSQL a compiled query is parsed and planned once per
database session, then only executed; elsewhere it is sent as it is."""

from datetime import datetime, timedelta

import pytest
from django.db import connection
from django.db.models.expressions import RawSQL
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from core.compiled_queries import CompiledQuery
from core.prepared_statements import PreparedStatement
from press.models import Message
from press.selectors import message_list
from tests.factories import make_message


def by_slug():
    return CompiledQuery(lambda slug: Message.objects.filter(slug=slug), slug=str)


def sessions_holding(name):
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM pg_prepared_statements WHERE name = %s", [name])
        return cursor.fetchone()[0]


def test_placeholders_are_numbered_in_order_and_an_escaped_percent_stays_a_percent():
    statement = PreparedStatement(
        "example", "SELECT %s, '100%%', '%%s' FROM t WHERE a = %s AND b LIKE %s"
    )

    assert statement.prepare_sql(QuotingCursor()) == (
        "PREPARE example AS SELECT $1, '100%', '%s' FROM t WHERE a = $2 AND b LIKE $3"
    )
    assert statement.execute_sql == "EXECUTE example (%s, %s, %s)"
    assert PreparedStatement("none", "SELECT 1").execute_sql == "EXECUTE none"


def test_constants_are_written_into_the_statement_and_only_the_rest_are_parameters():
    statement = PreparedStatement(
        "example",
        "SELECT %s FROM t WHERE status = %s AND a = %s AND b LIKE '%%' AND c = %s",
        constants={1: "published", 3: 7},
    )

    assert statement.prepare_sql(QuotingCursor()) == (
        "PREPARE example AS SELECT $1 FROM t WHERE status = 'published' AND a = $2"
        " AND b LIKE '%' AND c = 7"
    )
    assert statement.execute_sql == "EXECUTE example (%s, %s)"
    assert statement.variables == [0, 2]


class QuotingCursor:
    """A driver cursor's mogrify, for statements made without a database: %s filled with each
    value quoted as SQL, %% made a percent sign."""

    def mogrify(self, statement, values):
        quoted = tuple(f"'{value}'" if isinstance(value, str) else str(value) for value in values)
        return (statement % quoted).encode()


@pytest.mark.django_db
def test_a_literal_percent_sign_reaches_the_database_as_one():
    make_message(slug="plain")
    labelled = CompiledQuery(
        lambda slug: Message.objects.filter(slug=slug).annotate(label=RawSQL("'100%%'", ())),
        slug=str,
    )

    assert [message.label for message in labelled.rows(slug="plain")] == ["100%"]


@pytest.mark.django_db(transaction=True)
def test_a_compiled_query_is_prepared_once_per_session_and_again_in_a_new_one():
    make_message(title="Found", slug="found")
    query = by_slug()

    with CaptureQueriesContext(connection) as sent:
        assert [message.title for message in query.rows(slug="found")] == ["Found"]
        assert query.rows(slug="missing") == []
    connection.close()  # the next query opens a new session, which has no statement yet
    assert [message.title for message in query.rows(slug="found")] == ["Found"]

    statements = [entry["sql"] for entry in sent.captured_queries]
    if connection.vendor == "postgresql":
        (compiled,) = query.compiled.values()
        name = compiled.prepared.name
        # Both runs executed the statement; its PREPARE is the session's setting up. The
        # session opened after close() holds it too: prepared again, not assumed.
        assert len(statements) == 2
        assert all(sql.startswith(f"EXECUTE {name} (") for sql in statements), statements
        assert sessions_holding(name) == 1
    else:
        # Python's sqlite3 keeps the statements it compiled: the SQL goes as it is.
        assert len(statements) == 2
        assert not any(sql.startswith("EXECUTE") for sql in statements)


@pytest.mark.django_db
def test_a_query_whose_plan_depends_on_its_values_can_stay_unprepared():
    make_message(title="Found", slug="found")
    planned_each_time = CompiledQuery(
        lambda slug: Message.objects.filter(slug=slug), prepared=False, slug=str
    )

    with CaptureQueriesContext(connection) as sent:
        assert [message.title for message in planned_each_time.rows(slug="found")] == ["Found"]

    (statement,) = [entry["sql"] for entry in sent.captured_queries]
    assert statement.startswith("SELECT")
    (compiled,) = planned_each_time.compiled.values()
    assert compiled.prepared is None


@pytest.mark.django_db(transaction=True)
def test_a_list_query_is_planned_once_for_every_run_and_still_finds_its_rows():
    """The feed's indexes hold published messages only: with the status written into the
    statement, PostgreSQL keeps one generic plan after its first five runs (with the status a
    parameter it planned every run again), and the plan still reads the index."""
    newest = make_message(title="Newest", published_at=timezone.now() - timedelta(hours=1))
    make_message(title="Older", published_at=timezone.now() - timedelta(days=1))
    make_message(title="Draft", status=Message.Status.DRAFT)
    latest = CompiledQuery(
        lambda language, now: message_list(language, now).only("pk")[:10],
        language=str, now=datetime,
    )

    for _ in range(8):
        found = latest.ids(language="en", now=timezone.now())
        assert [Message.objects.get(pk=pk).title for pk in found] == ["Newest", "Older"]
    assert found[0] == newest.pk

    if connection.vendor == "postgresql":
        (compiled,) = latest.compiled.values()
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT statement, generic_plans FROM pg_prepared_statements WHERE name = %s",
                [compiled.prepared.name],
            )
            statement, generic_plans = cursor.fetchone()
        assert "'published'" in statement
        assert generic_plans >= 3
    else:
        (compiled,) = latest.compiled.values()
        assert compiled.prepared is None
