"""A query compiled to SQL once per database and language, then run for any row's id.

For the small queries a page runs on every request whose SQL differs only in one row's id:
building a queryset and compiling it costs the ORM far more than the database takes to answer
it. Such a query is compiled once, with a marker where the id goes, and run with the id put in
its place. (A message's page reads its four lists this way, press/page_lists.py: through
`prefetch_related` they were about a quarter of that page's instructions, by callgrind.)

The rows come back as the ORM would give them (the database's and the fields' converters
applied, a model instance each, with only the columns asked for), and the query is logged and
wrapped like any other.
"""

from dataclasses import dataclass

from django.db import connections
from django.utils import translation

# Where the id goes: no row has it (ids are positive), and it is not a value a query would
# hold for any other reason.
MARKER = -7_340_032_519


@dataclass(frozen=True)
class _Compiled:
    sql: str
    params: list
    # For each field loaded, in the model's order of fields, its column in the SQL's rows.
    positions: list
    # The selected columns' expressions, which name their converters.
    expressions: list


class CompiledQuery:
    """`make(id)`: a queryset of `model` for one row's id; `fields`: the attributes to load.

    Compiled per database alias and per language (a translated field's ordering reads the
    active language's column): a handful of entries, whatever the number of threads.
    """

    def __init__(self, model, fields, make):
        self.model = model
        self.fields = list(fields)
        self.loaded = [
            field.attname for field in model._meta.concrete_fields if field.attname in fields
        ]
        self.make = make
        self.compiled = {}

    def rows(self, pk, using="default"):
        """The model instances the query finds for `pk`."""
        connection = connections[using]
        compiled = self._compiled(using)
        params = [pk if param == MARKER else param for param in compiled.params]
        with connection.cursor() as cursor:
            cursor.execute(compiled.sql, params)
            rows = cursor.fetchall()
        converters = _converters(connection, compiled.expressions)
        instances = []
        for row in rows:
            row = list(row)
            for column, expression, functions in converters:
                for convert in functions:
                    row[column] = convert(row[column], expression, connection)
            values = [row[column] for column in compiled.positions]
            instances.append(self.model.from_db(using, self.loaded, values))
        return instances

    def _compiled(self, using):
        key = (using, translation.get_language())
        if key not in self.compiled:
            queryset = self.make(MARKER).values_list(*self.fields)
            compiler = queryset.query.get_compiler(using=using)
            sql, params = compiler.as_sql()
            if MARKER not in params:
                raise ValueError(f"The query for {self.model.__name__} does not filter by id.")
            selected = compiler.select[: compiler.col_count]
            # The SQL's own order of the columns, which need not be the order asked for
            # (django-modeltranslation reorders a translated model's).
            columns = [alias for _expression, _sql, alias in selected]
            if sorted(columns) != sorted(self.fields):
                raise ValueError(f"The query for {self.model.__name__} selects {columns}.")
            self.compiled[key] = _Compiled(
                sql=sql,
                params=list(params),
                positions=[columns.index(name) for name in self.loaded],
                expressions=[expression for expression, _sql, _alias in selected],
            )
        return self.compiled[key]


def _converters(connection, expressions):
    """[(column, expression, converter functions)] for the columns that have any, as the SQL
    compiler finds them (its get_converters), for this thread's connection."""
    found = []
    for column, expression in enumerate(expressions):
        functions = connection.ops.get_db_converters(expression)
        functions += expression.get_db_converters(connection)
        if functions:
            found.append((column, expression, functions))
    return found
