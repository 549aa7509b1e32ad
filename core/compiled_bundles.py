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
"""

import json
from dataclasses import dataclass

from django.db import connections

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
        found = {}
        for part, gathered in zip(bundle.parts, row, strict=True):
            # psycopg2 reads PostgreSQL's json itself; SQLite's comes as text.
            rows = json.loads(gathered) if isinstance(gathered, str) else gathered
            if part.read_back:
                rows = [_read_back(part.read_back, columns) for columns in rows]
            if part.name in self.ids:
                found[part.name] = [columns[part.compiled.pk_column] for columns in rows]
                continue
            compiler, rows = part.compiled.converted(rows, connection)
            found[part.name] = CompiledQuery.instances(part.compiled, compiler, rows, using)
        return found

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
