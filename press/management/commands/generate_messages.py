"""`manage.py generate_messages N`: add N realistic messages, in bulk, for measuring speed.

On PostgreSQL the rows go in through COPY, with the indexes dropped and built again around a
large load: press.management.postgresql_load says how, and why. On SQLite (development) it
uses bulk_create.

Nothing is sent through the model's save(), so no signal fires: run it on a site whose page
cache you empty (or restart) afterwards. It is a tool for benchmarks and tests, not for a live
site.
"""

import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone
from django.utils.text import slugify

from press.models import Category, Message, Person

from ..generated import CATEGORIES, Cast, message_rows, person_names, text_pool
from ..postgresql_load import BATCH, COLUMNS, LINKS, PostgresqlLoad, batches, pairs

PEOPLE = 60


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
        pool = text_pool(seed)
        rows = message_rows(count, first_id, cast, timezone.now(), pool)
        if connection.vendor == "postgresql":
            if connection.in_atomic_block:
                # The batches go in on connections of their own, which could not see the
                # categories and people made in this transaction.
                raise CommandError("Run it outside a transaction.")
            PostgresqlLoad(self.stdout.write).copy_into_postgresql(rows, count, pool)
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
        for batch in batches(rows, BATCH):
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
                for message_id, other in pairs(rows, field)
            )
