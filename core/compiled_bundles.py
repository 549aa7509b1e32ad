"""Several compiled queries that take the same values, answered in one round trip.

A message's page lists its categories, its people, its documents and its change notes: four
small queries (press/page_lists.py), each a round trip to the database, which cost a server
more CPU (the protocol, the executor's start, two context switches) than finding their few
rows does. Bundled, they are one statement: each query becomes a subquery that gathers its
rows into a JSON array of arrays (PostgreSQL's `json_agg`, SQLite's `json_group_array`), and
the statement's one row holds an array per query. Its rows then become model instances as the
query's own would (`CompiledQuery.instances`), after the values JSON carries as text (a
PostgreSQL date or time) are read back by their fields.

A subquery's rows are aggregated in the order its ORDER BY gives them: both databases feed an
aggregate the rows of a sorted subquery in that order (PostgreSQL's manual: "supplying the
input values from a sorted subquery will usually work"), and the tests hold every list's order
to the query's own.

A bundle's queries may also come as columns of another query's row (`gathered`: each a
subquery tied to that row by OuterRef): a message's row and its four lists are then one
statement, one round trip, and so are home's featured message, its people and the latest
messages beside it. `from_gathered` reads them back as `rows` would.
"""

import json
from dataclasses import dataclass

from django.db import connections
from django.db.models import Subquery, TextField

from core.prepared_statements import PreparedStatement

from .compiled_queries import (
    CompiledQuery,
    fetch_all,
    per_database_and_language,
    prepared_statement,
)

# What JSON carries as text and the database driver would have made a Python value of: read
# back by the field (PostgreSQL; SQLite's own converters read its text as they always do).
READ_BACK = {"DateTimeField", "DateField", "TimeField", "DecimalField", "UUIDField"}
# What JSON cannot carry as the driver gives it.
UNBUNDLED = {"BinaryField", "DurationField", "JSONField", "ArrayField"}

AGGREGATE = {
    "postgresql": "(SELECT COALESCE(json_agg(json_build_array({columns})), '[]') FROM ({sql}) q)",
    "sqlite": "(SELECT json_group_array(json_array({columns})) FROM ({sql}) q)",
}


@dataclass(frozen=True)
class _Part:
    name: str
    query: CompiledQuery
    compiled: object  # the query's compiled form (compiled_queries._Compiled)
    # Per column: how its JSON value becomes what the driver would have given (or None); None
    # when no column needs it.
    read_back: list | None


@dataclass(frozen=True)
class _Bundle:
    sql: str
    parts: list
    prepared: PreparedStatement | None


class CompiledBundle:
    """`rows(**values)` -> {name: model instances} of each query, from one statement, or its
    rows' primary keys for the queries named in `ids` (as `CompiledQuery.ids` gives them).

    `queries` maps names to CompiledQuery objects; `values` holds what each of them takes.
    """

    def __init__(self, queries, ids=()):
        self.queries = dict(queries)
        self.ids = frozenset(ids)
        self.bundled = {}

    def rows(self, using="default", **values):
        connection = connections[using]
        bundle = self._bundle(using)
        params = []
        for part in bundle.parts:
            wanted = {name: values[name] for name in part.query.markers}
            params.extend(CompiledQuery.params(part.compiled, wanted, connection))
        (row,) = fetch_all(connection, bundle, params)
        return {
            part.name: self._read(part, gathered, connection, using)
            for part, gathered in zip(bundle.parts, row, strict=True)
        }

    def gathered(self, **values):
        """{column name: expression} for another query's `annotate()`: each of the bundle's
        queries made with `values` (OuterRef("pk") for the other query's row, say), its rows
        gathered into one JSON array. `from_gathered` reads them back."""
        return {
            GATHERED + name: Gathered(query.make(**{key: values[key] for key in query.markers}))
            for name, query in self.queries.items()
        }

    def from_gathered(self, instance, using="default"):
        """What `rows` gives, from the columns `gathered` put on `instance`'s row; None when
        its row has none (it was read by a query without them)."""
        if not all(hasattr(instance, GATHERED + name) for name in self.queries):
            return None
        connection = connections[using]
        return {
            part.name: self._read(part, getattr(instance, GATHERED + part.name), connection, using)
            for part in self._bundle(using).parts
        }

    def _read(self, part, gathered, connection, using):
        """A part's JSON array of rows as its query's model instances (or ids)."""
        # psycopg2 reads PostgreSQL's json itself; SQLite's comes as text.
        rows = json.loads(gathered) if isinstance(gathered, str) else gathered
        if part.read_back:
            rows = [_read_back(part.read_back, columns) for columns in rows]
        if part.name in self.ids:
            return [columns[part.compiled.pk_column] for columns in rows]
        compiler, rows = part.compiled.converted(rows, connection)
        return CompiledQuery.instances(part.compiled, compiler, rows, using)

    def _bundle(self, using):
        return per_database_and_language(self.bundled, using, self._make)

    def _make(self, using):
        connection = connections[using]
        vendor = connection.vendor
        if vendor not in AGGREGATE:
            raise ValueError(f"No bundled queries on {vendor}.")
        parts, subqueries, params, varying = [], [], [], set()
        for name, query in self.queries.items():
            compiled = query.compiled_for(using)
            columns = _columns(compiled.compiler, connection)
            subqueries.append(AGGREGATE[vendor].format(columns=", ".join(columns),
                                                       sql=compiled.sql))
            varying.update(len(params) + position for position, _name, _put in compiled.slots)
            params.extend(compiled.params)
            parts.append(_Part(name, query, compiled, _read_backs(compiled.compiler, vendor)))
        sql = "SELECT " + ", ".join(subqueries)
        prepared = None
        if vendor == "postgresql":
            prepared = prepared_statement("compiled_bundle", sql, params, varying)
        return _Bundle(sql=sql, parts=parts, prepared=prepared)


# Where a bundle's query gathered into another query's row puts its rows (`gathered`).
GATHERED = "gathered_"


class Gathered(Subquery):
    """A subquery's rows as one JSON array of arrays of their columns, in their order: one
    column of the query it is put in."""

    def __init__(self, queryset):
        # No field converts it: psycopg2 reads PostgreSQL's json itself, SQLite's is text.
        super().__init__(queryset, output_field=TextField())

    def as_sql(self, compiler, connection, template=None, **extra_context):
        if connection.vendor not in AGGREGATE:
            raise ValueError(f"No gathered rows on {connection.vendor}.")
        inner = self.query.get_compiler(connection=connection)
        inner.setup_query()
        columns = ", ".join(_columns(inner, connection))
        template = AGGREGATE[connection.vendor].format(columns=columns, sql="%(subquery)s")
        return super().as_sql(compiler, connection, template=template, **extra_context)


def _columns(compiler, connection):
    """The subquery's columns, quoted, by the names its SELECT gives them (which must differ)."""
    names = [alias or expression.target.column for expression, _sql, alias in compiler.select]
    if len(set(names)) != len(names):
        raise ValueError(f"A bundled query's columns must have different names: {names}.")
    for expression, _sql, _alias in compiler.select:
        kind = expression.output_field.get_internal_type()
        if kind in UNBUNDLED:
            raise ValueError(f"A {kind} cannot be read back from JSON.")
    return [f"q.{connection.ops.quote_name(name)}" for name in names]


def _read_backs(compiler, vendor):
    if vendor != "postgresql":
        return None
    fields = [expression.output_field for expression, _sql, _alias in compiler.select]
    reads = [field.to_python if field.get_internal_type() in READ_BACK else None
             for field in fields]
    return reads if any(reads) else None


def _read_back(read_back, values):
    return [value if read is None or value is None else read(value)
            for read, value in zip(read_back, values, strict=True)]
