"""The search words of each message in its own language, kept by a trigger instead of a
generated column: no rewrite of the table.

On PostgreSQL the generated column becomes a plain one (DROP EXPRESSION changes only the
catalogue: the words stored so far stay, as does their GIN index), a trigger computes it from
now on in each message's language (press/search.py), and the messages not in English, which
the old column read as English, get their words computed again, a batch at a time, so that no
long lock is held. On SQLite the column is NULL either way; it is made a plain column.
"""

import django.contrib.postgres.search
from django.db import migrations

import press.search

BATCH = 5000


def to_trigger(apps, schema_editor):
    Message = apps.get_model("press", "Message")
    if schema_editor.connection.vendor != "postgresql":
        old = Message._meta.get_field("search_document")
        new = django.contrib.postgres.search.SearchVectorField(null=True, editable=False)
        new.set_attributes_from_name("search_document")
        new.model = Message
        schema_editor.remove_field(Message, old)
        schema_editor.add_field(Message, new)
        return
    schema_editor.execute(
        "ALTER TABLE press_message ALTER COLUMN search_document DROP EXPRESSION"
    )
    schema_editor.execute(press.search.trigger_function_sql())
    schema_editor.execute(press.search.trigger_sql())


def recompute_other_languages(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    last = 0
    with schema_editor.connection.cursor() as cursor:
        while True:
            # Naming the language in SET fires the trigger, which recomputes the words.
            cursor.execute(
                "UPDATE press_message SET language = language WHERE id IN ("
                "  SELECT id FROM press_message WHERE language <> 'en' AND id > %s"
                "  ORDER BY id LIMIT %s"
                ") RETURNING id",
                [last, BATCH],
            )
            done = [row[0] for row in cursor.fetchall()]
            if not done:
                break
            last = max(done)


def to_generated(apps, schema_editor):
    raise NotImplementedError(
        "Going back would rewrite the table as a generated column of English words; "
        "restore a backup instead."
    )


class Migration(migrations.Migration):
    # Each batch of recomputed words commits on its own.
    atomic = False

    dependencies = [
        ("press", "0012_names_in_both_languages_and_linked_translations"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="message",
                    name="search_document",
                    field=django.contrib.postgres.search.SearchVectorField(
                        editable=False, null=True
                    ),
                ),
            ],
            # One transaction: the column is never left without its trigger.
            database_operations=[migrations.RunPython(to_trigger, to_generated, atomic=True)],
        ),
        migrations.RunPython(recompute_other_languages, migrations.RunPython.noop),
    ]
