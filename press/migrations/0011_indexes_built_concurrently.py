"""Indexes built CONCURRENTLY on PostgreSQL: the table stays readable and writable meanwhile.

- `message_search_idx`: the GIN index of the archive search's words (press/search.py).
- `message_public_idx`: the public messages (published, not in the recycle bin) in the feed's
  order. Lists, neighbours and deep pages read it by position; a list's count (cached per
  content version) is then an index-only scan, never a read of the table.

CREATE INDEX CONCURRENTLY cannot run inside a transaction, hence `atomic = False`. If it is
interrupted it leaves an INVALID index behind; running the migration again drops that and
builds it anew. SQLite (development) needs neither: it has no GIN, and its archives are small.
"""

from django.db import migrations

from core import concurrent_indexes

INDEXES = {
    "message_search_idx": "ON press_message USING gin (search_document)",
    "message_public_idx": (
        "ON press_message (published_at DESC, id DESC)"
        " WHERE status = 'published' AND deleted_at IS NULL"
    ),
}


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("press", "0010_press_groups_handle_uploads"),
    ]

    operations = [
        concurrent_indexes.operation(INDEXES),
    ]
