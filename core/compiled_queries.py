"""A query compiled to SQL once per database and language, then run with other values.

For the queries a page runs on every request whose SQL differs only in a few values (a row's
id; a message's day, slug and the time): building a queryset and compiling it costs the ORM
far more than the database takes to answer it. Such a query is compiled once, with a marker
where each value goes, and run with the values put in their place. A message's page reads its
row this way (press/selectors.py) and its four lists (press/page_lists.py): through the ORM on
every request they were about half of that page's instructions, by callgrind.

The rows come back as the ORM's own model iterable makes them (a model instance each, with the
columns asked for, its `select_related` models and its annotations; the database's and the
fields' converters applied), and the query is logged and wrapped like any other.

On PostgreSQL the query is also planned once per connection: a prepared statement
(`prepared_statements.py`). The server planned a message's row query for five times as long as
it took to run it.
"""

import copy
import itertools
import weakref
from dataclasses import dataclass, field
from datetime import UTC, datetime

from django.db import connections
from django.db.models.query import ModelIterable, get_related_populators
from django.utils import translation

from core.prepared_statements import PreparedStatement

# Each prepared statement has its own name in this process.
_statement_numbers = itertools.count(1)


def prepared_statement(kind, sql, params, varying):
    """`sql` as a PostgreSQL prepared statement named after `kind`, run with the values at the
    `varying` positions of `params`. The others (what no marker became) are the same on every
    run: written into the statement, they let PostgreSQL plan it once for good."""
    constants = {
        position: value for position, value in enumerate(params) if position not in varying
    }
    return PreparedStatement(f"{kind}_{next(_statement_numbers)}", sql, constants)


def per_database_and_language(kept, using, make):
    """`kept[(using, active language)]`, made by `make(using)` the first time: a query's SQL
    differs by database, and by language where it orders by a translated column."""
    key = (using, translation.get_language())
    if key not in kept:
        kept[key] = make(using)
    return kept[key]


def fetch_all(connection, compiled, params):
    """The rows of a compiled statement (its `sql`, and its `prepared` statement or None) run
    with `params`."""
    with connection.cursor() as cursor:
        if compiled.prepared:
            compiled.prepared.execute(cursor, params)
        else:
            cursor.execute(compiled.sql, params)
        return cursor.fetchall()


def _marker(kind, number):
    """A value of `kind` no real query holds (ids are positive; no message was dated in 1111),
    different for each value of a query."""
    if kind is int:
        return -7_340_032_519 - number
    if kind is str:
        return f"compiled-query-marker-{number}-7340032519"
    if kind is datetime:
        return datetime(1111, 1, 1, 1, 1, 1, 100_000 + number, tzinfo=UTC)
    raise TypeError(f"No marker for {kind.__name__} values.")


def _as_given(value, connection):
    return value


def _as_datetime_column(value, connection):
    return connection.ops.adapt_datetimefield_value(value)


@dataclass(frozen=True)
class _Compiled:
    sql: str
    params: list
    # (position in params, value's name, how the value is put there): a datetime is handed to
    # some databases as text (SQLite), adapted when the SQL was compiled.
    slots: list
    # The compiler that made the SQL: its columns, converters and models describe the rows.
    compiler: object
    # What ModelIterable works out from the compiler once per query, here once per compile.
    start: int
    end: int
    init_list: list
    related_populators: list
    # Where the model's primary key is in a row.
    pk_column: int
    # The same SQL as a PostgreSQL prepared statement (None on other databases).
    prepared: PreparedStatement | None
    # Per connection (a thread's own): a compiler asking that connection, and the converters
    # its columns need (compiled.py's get_converters walks every column's field and the
    # backend's table for them, about 3% of a page's instructions, on each run).
    readers: weakref.WeakKeyDictionary = field(default_factory=weakref.WeakKeyDictionary)

    def reader(self, connection):
        """(a compiler asking `connection`, its converters as Django's apply_converters takes
        them): worked out once per connection."""
        if connection not in self.readers:
            compiler = copy.copy(self.compiler)
            compiler.connection = connection
            columns = [column[0] for column in compiler.select[0 : compiler.col_count]]
            self.readers[connection] = (compiler, compiler.get_converters(columns))
        return self.readers[connection]

    def converted(self, rows, connection):
        """(a compiler asking `connection`, `rows` with the columns' converters applied), as
        the compiler's own results_iter gives them."""
        compiler, converters = self.reader(connection)
        return compiler, compiler.apply_converters(rows, converters) if converters else rows


class CompiledQuery:
    """`make(**values)` -> a model queryset; `kinds`: each value's type (int, str, datetime).

    `rows(**values)` runs it. Compiled per database alias and per language (a translated
    field's ordering reads the active language's column): a handful of entries, whatever the
    number of threads.

    `prepared=False` keeps it from being a prepared statement: for a query whose best plan
    depends on its values (PostgreSQL may settle on one generic plan for every value).
    """

    def __init__(self, make, prepared=True, **kinds):
        self.make = make
        self.prepared = prepared
        self.markers = {
            name: (kind, _marker(kind, number)) for number, (name, kind) in enumerate(kinds.items())
        }
        self.compiled = {}

    def rows(self, using="default", **values):
        """The model instances the query finds for `values`."""
        compiled, compiler, rows = self._run(using, values)
        return self.instances(compiled, compiler, rows, using)

    @staticmethod
    def instances(compiled, compiler, rows, using):
        """The model instances of `rows` (converted) as the compiled query's columns lay them
        out (also for its rows fetched with others': compiled_bundles.py)."""
        model = compiler.klass_info["model"]
        annotations = compiler.annotation_col_map.items()
        instances = []
        for row in rows:
            instance = model.from_db(using, compiled.init_list, row[compiled.start:compiled.end])
            for populator in compiled.related_populators:
                populator.populate(row, instance)
            for name, column in annotations:
                setattr(instance, name, row[column])
            instances.append(instance)
        return instances

    def ids(self, using="default", **values):
        """The primary keys of the rows the query finds for `values`, and no model instances:
        for the lists that read their messages' ids only (making a model instance costs more
        than the query's row: its signals run)."""
        compiled, _compiler, rows = self._run(using, values)
        return [row[compiled.pk_column] for row in rows]

    def _run(self, using, values):
        """(the compiled query, a compiler for this thread, its rows with converters applied)."""
        connection = connections[using]
        compiled = self.compiled_for(using)
        fetched = fetch_all(connection, compiled, self.params(compiled, values, connection))
        compiler, rows = compiled.converted(fetched, connection)
        return compiled, compiler, rows

    @staticmethod
    def params(compiled, values, connection):
        """The compiled query's parameters with `values` put in their places."""
        params = list(compiled.params)
        for position, name, put in compiled.slots:
            params[position] = put(values[name], connection)
        return params

    def compiled_for(self, using):
        """The query compiled for the database `using` and the active language."""
        return per_database_and_language(self.compiled, using, self._compile)

    def _compile(self, using):
        queryset = self.make(**{name: marker for name, (_kind, marker) in self.markers.items()})
        if queryset._iterable_class is not ModelIterable or queryset._prefetch_related_lookups:
            raise ValueError("A compiled query reads model rows, with no prefetch.")
        compiler = queryset.query.get_compiler(using=using)
        sql, params = compiler.as_sql()
        if compiler.has_composite_fields([column[0] for column in compiler.select]):
            # Their columns come back as tuples (results_iter), which `converted` leaves out.
            raise ValueError("A compiled query reads no composite field.")
        slots = self._slots(params, connections[using])
        klass_info, select = compiler.klass_info, compiler.select
        start, end = klass_info["select_fields"][0], klass_info["select_fields"][-1] + 1
        init_list = [column[0].target.attname for column in select[start:end]]
        prepared = None
        if self.prepared and connections[using].vendor == "postgresql":
            varying = {position for position, _name, _put in slots}
            prepared = prepared_statement("compiled_query", sql, params, varying)
        return _Compiled(
            sql=sql, params=list(params), slots=slots, compiler=compiler, start=start, end=end,
            init_list=init_list,
            related_populators=get_related_populators(klass_info, select, using),
            pk_column=start + init_list.index(klass_info["model"]._meta.pk.attname),
            prepared=prepared,
        )

    def _slots(self, params, connection):
        slots = []
        for name, (kind, marker) in self.markers.items():
            forms = [(marker, _as_given)]
            if kind is datetime:
                forms.append((_as_datetime_column(marker, connection), _as_datetime_column))
            found = [
                (position, name, put)
                for position, param in enumerate(params)
                for form, put in forms
                if type(param) is type(form) and param == form
            ]
            if not found:
                raise ValueError(f"The query does not use its value {name!r}.")
            slots.extend(found)
        return slots
