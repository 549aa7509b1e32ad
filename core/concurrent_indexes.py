"""Indexes built CONCURRENTLY on PostgreSQL, for non-atomic migrations: the table stays
readable and writable while they are built.

CREATE INDEX CONCURRENTLY cannot run inside a transaction (the migration says `atomic =
False`). If it is interrupted it leaves an INVALID index behind; running the migration again
drops that and builds it anew. SQLite (development) gets none: its archives are small.
"""


def build(schema_editor, indexes):
    """`indexes`: {name: "ON table (...) [WHERE ...]"}."""
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, definition in indexes.items():
        with schema_editor.connection.cursor() as cursor:
            cursor.execute(
                "SELECT NOT indisvalid FROM pg_index WHERE indexrelid = to_regclass(%s)", [name]
            )
            invalid = cursor.fetchone()
        if invalid and invalid[0]:
            schema_editor.execute(f"DROP INDEX CONCURRENTLY {name}")
        schema_editor.execute(f"CREATE INDEX CONCURRENTLY IF NOT EXISTS {name} {definition}")


def drop(schema_editor, indexes):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in indexes:
        schema_editor.execute(f"DROP INDEX CONCURRENTLY IF EXISTS {name}")


def operation(indexes):
    """The migration operation that builds `indexes` (and drops them when migrating back)."""
    from django.db import migrations  # only migrations build indexes this way

    return migrations.RunPython(
        lambda apps, schema_editor: build(schema_editor, indexes),
        lambda apps, schema_editor: drop(schema_editor, indexes),
        elidable=False,
    )
