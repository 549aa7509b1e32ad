"""The public messages of each language in the feed's order, built CONCURRENTLY on PostgreSQL.

Every public list reads one language's messages (press/selectors.py). `message_public_idx`
(0011) holds both languages in one order: for the language with few messages a page of 20
would walk past every newer message of the other. This index starts at the language, so a
Russian page costs what an English one does whatever their shares of the archive.
"""

from django.db import migrations

from core import concurrent_indexes

INDEXES = {
    "message_public_language_idx": (
        "ON press_message (language, published_at DESC, id DESC)"
        " WHERE status = 'published' AND deleted_at IS NULL"
    ),
}


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("press", "0013_search_in_each_message_language"),
    ]

    operations = [
        concurrent_indexes.operation(INDEXES),
    ]
