"""`manage.py generate_messages N`: add N realistic messages, in bulk, for measuring speed.

On PostgreSQL the rows go in through COPY, in batches sent on two connections of their own
while this process makes the next ones (a million in a few minutes); the
archive search's GIN index is dropped first and built again at the end when the batch is
large, and so are the secondary B-tree indexes of the messages and their links (the feed's,
the kinds', the categories'), which is several times faster than updating them row by row
for every COPYed row; and the tables are then
VACUUMed and ANALYZEd, so that the planner's statistics and the visibility map describe the
new archive. On SQLite (development) it uses bulk_create.

Nothing is sent through the model's save(), so no signal fires: run it on a site whose page
cache you empty (or restart) afterwards. It is a tool for benchmarks and tests, not for a live
site.
"""

import io
import time
from concurrent.futures import ThreadPoolExecutor

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone
from django.utils.text import slugify

from press.models import Category, Message, Person

from ..generated import CATEGORIES, Cast, message_rows, person_names

BATCH = 10_000
COPY_CONNECTIONS = 2
# Above this many new rows, building the secondary indexes anew beats updating them row by row.
REBUILD_INDEXES_FROM = 50_000
COLUMNS = [
    "id", "kind", "title", "slug", "lead", "body", "body_html", "published_at", "status",
    "featured", "outlet", "language", "created_at", "updated_at", "version", "deleted_at",
    "preview_generation", "withdrawal_explanation", "withdrawn_at",
]
PEOPLE = 60
INDEXED_TABLES = ("press_message", "press_message_categories", "press_message_people")
# The many-to-many tables: (table, field of a row, column of the other side).
LINKS = [
    ("press_message_categories", "categories", "category_id"),
    ("press_message_people", "people", "person_id"),
]


class Command(BaseCommand):
    help = "Add N generated messages (every kind, categories, people, 25 years), in bulk."

    def add_arguments(self, parser):
        parser.add_argument("count", type=int, help="How many messages to add.")
        parser.add_argument("--seed", type=int, default=0, help="For a repeatable archive.")

    def handle(self, count, seed, **options):
        if count < 1:
            raise CommandError("Give a positive number of messages.")
        started = time.monotonic()
        cast = self.cast()
        first_id = self.reserve_ids(count)
        rows = message_rows(count, first_id, cast, timezone.now(), seed=seed)
        if connection.vendor == "postgresql":
            if connection.in_atomic_block:
                # The batches go in on connections of their own, which could not see the
                # categories and people made in this transaction.
                raise CommandError("Run it outside a transaction.")
            self.copy_into_postgresql(rows, count)
        else:
            self.bulk_create(rows)
        self.stdout.write(f"{count} messages added in {time.monotonic() - started:.0f} s.")

    def cast(self):
        """The categories and people the messages belong to; made once, reused after."""
        for order, name in enumerate(CATEGORIES):
            Category.objects.get_or_create(
                slug=slugify(name), defaults={"name": name, "order": order}
            )
        for name, position in person_names(PEOPLE):
            Person.objects.get_or_create(
                slug=slugify(name), defaults={"name": name, "position": position}
            )
        return Cast(
            category_ids=list(Category.objects.values_list("id", flat=True)),
            person_ids=list(Person.objects.values_list("id", flat=True)),
        )

    def reserve_ids(self, count):
        """The first of `count` consecutive message ids that no other row will take."""
        if connection.vendor != "postgresql":
            last = Message.objects.order_by("-id").values_list("id", flat=True).first()
            return (last or 0) + 1
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_get_serial_sequence('press_message', 'id')")
            sequence = cursor.fetchone()[0]
            # One statement: the range is taken at once, whoever else draws from the sequence.
            cursor.execute(
                "SELECT setval(%s, GREATEST(nextval(%s), (SELECT COALESCE(MAX(id), 0) + 1"
                " FROM press_message)) + %s - 1) - %s + 1",
                [sequence, sequence, count, count],
            )
            return cursor.fetchone()[0]

    def bulk_create(self, rows):
        for batch in _batches(rows, BATCH):
            self.create(batch)

    @transaction.atomic
    def create(self, rows):
        Message.objects.bulk_create(
            Message(**{column: row[column] for column in COLUMNS}) for row in rows
        )
        for _table, field, column in LINKS:
            model = getattr(Message, field).through
            model.objects.bulk_create(
                model(**{"message_id": message_id, column: other})
                for message_id, other in _pairs(rows, field)
            )

    def copy_into_postgresql(self, rows, count):
        dropped = _drop_secondary_indexes() if count >= REBUILD_INDEXES_FROM else []
        try:
            self.send(rows)
        finally:
            # Built again even when a batch failed: a site left without its indexes would
            # answer every list by scanning the archive.
            self.rebuild(dropped)
        with connection.cursor() as cursor:
            self.stdout.write("Refreshing the planner's statistics (VACUUM ANALYZE)…")
            for table in INDEXED_TABLES:
                cursor.execute(f"VACUUM ANALYZE {table}")

    def send(self, rows):
        # This thread makes the rows while COPY_CONNECTIONS others send batches: PostgreSQL's
        # side of a COPY (the search trigger, the indexes) takes as long as Python's.
        with ThreadPoolExecutor(COPY_CONNECTIONS) as senders:
            sending = []
            for batch in _batches(rows, BATCH):
                if len(sending) >= COPY_CONNECTIONS:  # at most one batch waits per sender
                    sending.pop(0).result()
                sending.append(senders.submit(self.copy, _copy_texts(batch), batch[-1]["id"]))
            for sent in sending:
                sent.result()

    def rebuild(self, indexes):
        """Create the dropped indexes again, from the definitions PostgreSQL gave for them."""
        with connection.cursor() as cursor:
            cursor.execute("SET maintenance_work_mem = '512MB'")
            for name, definition in indexes:
                self.stdout.write(f"Building {name}…")
                cursor.execute(definition)

    def copy(self, texts, last_id):
        """COPY one batch (its tables' texts) in one transaction, on this thread's connection."""
        try:
            with connection.cursor() as cursor, transaction.atomic():
                raw = cursor.cursor  # psycopg2's own cursor: COPY is not in Django's API
                for table, columns, text in texts:
                    raw.copy_expert(f"COPY {table} ({', '.join(columns)}) FROM STDIN", text)
        finally:
            connection.close()  # each sender thread's own connection
        self.stdout.write(f"  … up to id {last_id}")


def _drop_secondary_indexes():
    """Drop the indexes of the tables COPY fills that no constraint needs; return them.

    Primary keys and unique indexes stay: they keep the rows right while they go in. What is
    returned is (name, CREATE INDEX statement), as PostgreSQL writes it (pg_get_indexdef).
    """
    with connection.cursor() as cursor:
        # The tables by regclass, so the ones the connection's search path finds, and each
        # index by its own oid (index names are unique only within a schema).
        cursor.execute(
            "SELECT x.indexrelid::regclass::text, pg_get_indexdef(x.indexrelid) FROM pg_index x"
            " WHERE x.indrelid = ANY(%s::regclass[])"
            " AND NOT x.indisunique AND NOT x.indisprimary ORDER BY 1",
            [list(INDEXED_TABLES)],
        )
        indexes = cursor.fetchall()
        for name, _definition in indexes:
            cursor.execute(f"DROP INDEX {name}")  # regclass text: already quoted as needed
    return indexes


def _batches(rows, size):
    batch = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _copy_texts(rows):
    """(table, columns, COPY text) for the messages of `rows` and their links."""
    texts = [("press_message", COLUMNS,
              _as_copy_text([row[column] for column in COLUMNS] for row in rows))]
    for table, field, column in LINKS:
        texts.append((table, ["message_id", column], _as_copy_text(_pairs(rows, field))))
    return texts


def _pairs(rows, field):
    return [(row["id"], other) for row in rows for other in row[field]]


def _as_copy_text(records):
    """COPY's text format: tab-separated, \\N for NULL, backslashes and breaks escaped."""
    lines = ["\t".join(_copy_value(value) for value in record) for record in records]
    return io.StringIO("".join(line + "\n" for line in lines))


def _copy_value(value):
    if value is None:
        return "\\N"
    if isinstance(value, bool):
        return "t" if value else "f"
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return (
        str(value).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
        .replace("\r", "\\r")
    )
