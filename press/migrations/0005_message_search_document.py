"""The archive search's words, and on PostgreSQL their GIN index.

`search_document` is a stored generated column: adding it makes PostgreSQL compute it for every
existing message (it rewrites the table, holding a lock until done), and from then on for every
write. Its GIN index exists on PostgreSQL only, so it is made here rather than declared in
Message.Meta.indexes, which SQLite would also try to build (it has no GIN). Should a later
migration drop and re-add the column (as Django does when its expression changes), the index
goes with it and must be made again the same way.
"""

import django.contrib.postgres.search
from django.contrib.postgres.indexes import GinIndex
from django.db import migrations, models

import press.search

SEARCH_INDEX = GinIndex(fields=["search_document"], name="message_search_idx")


def add_search_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.add_index(apps.get_model("press", "Message"), SEARCH_INDEX)


def remove_search_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.remove_index(apps.get_model("press", "Message"), SEARCH_INDEX)


class Migration(migrations.Migration):

    dependencies = [
        ('press', '0004_refine_press_groups'),
    ]

    operations = [
        migrations.AddField(
            model_name='message',
            name='search_document',
            field=models.GeneratedField(db_persist=True, expression=press.search.OnPostgreSQL(django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.SearchVector('title', config='english', weight='A'), '||', django.contrib.postgres.search.SearchVector('lead', config='english', weight='B'), django.contrib.postgres.search.SearchConfig('english')), '||', django.contrib.postgres.search.SearchVector('body', config='english', weight='C'), django.contrib.postgres.search.SearchConfig('english'))), output_field=django.contrib.postgres.search.SearchVectorField()),
        ),
        migrations.RunPython(add_search_index, remove_search_index, elidable=False),
    ]
