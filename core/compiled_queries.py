"""A query compiled to SQL once per database connection and language, then run for any row.

A message's page shows four short lists beside its own row: its categories, its people, its
documents and its change notes. Read with `prefetch_related`, each list cost a queryset built,
compiled to SQL and run through Django's prefetching on every request: about half of the page's
work (callgrind). Their SQL differs from one message to the next only in the message's id, so
each is compiled once, with a marker where the id goes, and run with the id put in its place.

The rows come back as the ORM would give them (its converters applied, a model instance each,
with only the columns asked for), and the query is logged and wrapped like any other.
"""

from django.db import connections
from django.utils import translation

# Where the id goes: no row has it (ids are positive), and it is not a value a query would
# hold for any other reason.
MARKER = -7_340_032_519


class CompiledQuery:
    """`make(id)`: a queryset of `model` for one row's id; `fields`: the attributes to load.

    Compiled per connection (each thread has its own) and per language: a translated field's
    ordering reads the active language's column.
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
        sql, params, positions, converters, compiler = self._compiled(connection, using)
        params = [pk if param == MARKER else param for param in params]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        if converters:
            rows = compiler.apply_converters(rows, converters)
        return [
            self.model.from_db(using, self.loaded, [row[at] for at in positions]) for row in rows
        ]

    def _compiled(self, connection, using):
        key = (connection, translation.get_language())
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
            converters = compiler.get_converters([expression for expression, *_ in selected])
            # Model.from_db takes the values in the model's order of fields.
            positions = [columns.index(name) for name in self.loaded]
            self.compiled[key] = (sql, list(params), positions, converters, compiler)
        return self.compiled[key]
