"""The archive search's words; on PostgreSQL their GIN index is made by a later migration.

`search_document` is a stored generated column: adding it makes PostgreSQL compute it for every
existing message (it rewrites the table, holding a lock until done), and from then on for every
write. Its GIN index exists on PostgreSQL only, and is built CONCURRENTLY, without locking the
table, by `0011_indexes_built_concurrently` (this migration built it in a transaction before;
on a database that ran it so, the index is there already and 0008 leaves it). Should a later
migration drop and re-add the column (as Django does when its expression changes), the index
goes with it and must be made again the same way.
"""

import django.contrib.postgres.search
from django.db import migrations, models

import press.search

def add_search_index(apps, schema_editor):
    """Now made by 0008, concurrently; kept as a step so that the history stays the same."""


def remove_search_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS message_search_idx")


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
