"""What PostgreSQL says of a prepared statement in this session (pg_prepared_statements)."""

from django.db import connection


def statement_plans(name):
    """(the statement's text, its generic plans, its custom plans) so far."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT statement, generic_plans, custom_plans FROM pg_prepared_statements"
            " WHERE name = %s",
            [name],
        )
        return cursor.fetchone()
