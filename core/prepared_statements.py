"""A PostgreSQL prepared statement: a query parsed and planned once per connection, then run
with each call's values.

For the queries compiled once (`compiled_queries.py`). PostgreSQL plans every query it is sent;
a message's row query, with its neighbours' subqueries and its translation's joins, took the
server about 1.0 ms to plan and 0.2 ms to run, on every request. Prepared, it is planned once
per connection (after five runs PostgreSQL keeps a generic plan when it is as good as the
custom ones), and the statement is only executed. The values that never change (a message's
status) are written into the statement, so that its generic plan can use the partial indexes
they select; only the values of each run (the time, a language, an id) are its parameters.

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
    """`sql` (with Django's %s placeholders) prepared as `name` on each connection that runs it.

    `constants` maps placeholders (by their place among the query's %s, from 0) to values that
    are the same on every run: they are written into the statement, and the others become its
    parameters. PostgreSQL plans a statement once for all runs (a generic plan) only when that
    plan is as good as one made for the values at hand, and it cannot use a partial index whose
    condition a parameter decides (the feed's indexes hold published messages only): with the
    status a parameter, every list's query was planned again on each run. Constants must come
    from the code, never from a request: they are quoted by the driver, but they are SQL text.
    """

    def __init__(self, name, sql, constants=None):
        self.name = name
        constants = constants or {}
        self._template, self.variables = _numbered(sql, constants.keys())
        self._constants = [constants[position] for position in sorted(constants)]
        self._prepare_sql = None
        values = ", ".join(["%s"] * len(self.variables))
        self.execute_sql = f"EXECUTE {name} ({values})" if self.variables else f"EXECUTE {name}"
        # The database connections (psycopg2's own objects, one per session) it is prepared
        # on: a connection Django opens again is a new session, without it.
        self.prepared_on = weakref.WeakSet()

    def prepare_sql(self, driver_cursor):
        """The PREPARE, with the constants quoted by the driver (the same for every session)."""
        if self._prepare_sql is None:
            statement = f"PREPARE {self.name} AS {self._template}"
            self._prepare_sql = driver_cursor.mogrify(statement, self._constants).decode()
        return self._prepare_sql

    def execute(self, cursor, params):
        """Run it with the query's `params` (all of them, constants included) through Django's
        cursor (logged and wrapped as any query is), preparing it first if this session does
        not have it."""
        session = cursor.db.connection
        if session not in self.prepared_on:
            # Like the time zone Django sets on a new connection, this is the session's
            # setting up, not the page's query: it goes straight to the driver, unlogged.
            with session.cursor() as driver_cursor:
                driver_cursor.execute(self.prepare_sql(driver_cursor))
            self.prepared_on.add(session)
        cursor.execute(self.execute_sql, [params[position] for position in self.variables])


def _numbered(sql, constant_positions):
    """(Django's SQL with PostgreSQL's numbered parameters in place of the placeholders not in
    `constant_positions` ($1, $2, …), those left as %s for the driver to fill, and %% left as
    it is; the positions of the parameters, in order)."""
    constant_positions = set(constant_positions)
    positions = itertools.count()
    variables = []

    def replace(match):
        if match[1] == "%":
            return "%%"
        position = next(positions)
        if position in constant_positions:
            return "%s"
        variables.append(position)
        return f"${len(variables)}"

    return _PLACEHOLDER.sub(replace, sql), variables
