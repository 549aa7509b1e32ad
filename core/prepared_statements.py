"""A PostgreSQL prepared statement: a query parsed and planned once per connection, then run
with each call's values.

For the queries compiled once (`compiled_queries.py`). PostgreSQL plans every query it is sent;
a message's row query, with its neighbours' subqueries and its translation's joins, took the
server about 1.0 ms to plan and 0.2 ms to run, on every request. Prepared, it is planned once
per connection (after five runs PostgreSQL keeps a generic plan when it is as good as the
custom ones), and the statement is only executed.

psycopg 3 prepares repeated queries by itself; psycopg2, which this project uses, does not,
so the statement is prepared here, with SQL's own PREPARE and EXECUTE. SQLite needs none of
this: Python's sqlite3 module keeps its compiled statements per connection already.

A prepared statement lives as long as its server session, which Django ends after its
CONN_MAX_AGE (DJANGO_CONN_MAX_AGE, 60 s by default): the statements of compiled queries no
longer kept (the list slices' LRU in press/selectors.py) do not pile up on the server. A pooler
that hands one session to several clients per transaction (PgBouncer in transaction mode) would
lose it: the production layout (README, "Production") has none, and such a pooler would need
`max_prepared_statements`.
"""

import itertools
import re
import weakref

# Django's psycopg2 placeholders, and its escaped percent sign.
_PLACEHOLDER = re.compile(r"%([s%])")


class PreparedStatement:
    """`sql` (with Django's %s placeholders) prepared as `name` on each connection that runs it."""

    def __init__(self, name, sql):
        self.name = name
        numbered, count = _numbered(sql)
        self.prepare_sql = f"PREPARE {name} AS {numbered}"
        values = ", ".join(["%s"] * count)
        self.execute_sql = f"EXECUTE {name} ({values})" if count else f"EXECUTE {name}"
        # The database connections (psycopg2's own objects, one per session) it is prepared
        # on: a connection Django opens again is a new session, without it.
        self.prepared_on = weakref.WeakSet()

    def execute(self, cursor, params):
        """Run it with `params` through Django's cursor (logged and wrapped as any query is),
        preparing it first if this session does not have it."""
        session = cursor.db.connection
        if session not in self.prepared_on:
            # Like the time zone Django sets on a new connection, this is the session's
            # setting up, not the page's query: it goes straight to the driver, unlogged.
            with session.cursor() as driver_cursor:
                driver_cursor.execute(self.prepare_sql)
            self.prepared_on.add(session)
        cursor.execute(self.execute_sql, params)


def _numbered(sql):
    """(Django's SQL with PostgreSQL's numbered parameters: %s -> $1, $2, …, %% -> %; how many
    parameters it takes)."""
    numbers = itertools.count(1)
    numbered = _PLACEHOLDER.sub(lambda match: "%" if match[1] == "%" else f"${next(numbers)}", sql)
    return numbered, next(numbers) - 1
