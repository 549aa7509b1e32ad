"""`manage.py generate_messages N`: a realistic archive, written in bulk, readable by the site."""

import io

import pytest
from django.core.management import call_command
from django.db import connection

from press.management import postgresql_load, postgresql_maintenance
from press.management.commands import generate_messages
from press.markup import render_markdown
from press.models import Category, Message, Person

pytestmark = pytest.mark.django_db(transaction=True)


def test_it_adds_n_messages_of_every_kind_with_categories_and_people():
    call_command("generate_messages", "400", stdout=None)

    messages = Message.objects.all()
    assert messages.count() == 400
    assert set(messages.values_list("kind", flat=True)) == set(Message.Kind.values)
    assert Category.objects.count() >= 10 and Person.objects.count() >= 10
    assert Message.categories.through.objects.count() >= 400
    assert Message.people.through.objects.exists()
    # Mostly public, with some of each state the public gate must leave out.
    assert Message.objects.published().count() > 350
    statuses = set(messages.values_list("status", flat=True))
    assert {Message.Status.DRAFT, Message.Status.PUBLISHED} <= statuses


def test_dates_spread_over_years_and_bodies_are_of_real_length():
    call_command("generate_messages", "400", stdout=None)

    years = {at.year for at in Message.objects.published().values_list("published_at", flat=True)}
    assert len(years) >= 15
    lengths = [len(body) for body in Message.objects.values_list("body", flat=True)]
    assert sum(lengths) / len(lengths) > 1500  # a few paragraphs at least


def test_a_generated_body_is_stored_as_the_renderer_would_render_it():
    call_command("generate_messages", "30", stdout=None)

    for message in Message.objects.all():
        assert message.body_html == render_markdown(message.body)


def test_running_it_again_adds_more_and_reuses_the_categories_and_people():
    call_command("generate_messages", "20", stdout=None)
    categories = Category.objects.count()
    call_command("generate_messages", "20", "--seed", "1", stdout=None)

    assert Message.objects.count() == 40
    assert Category.objects.count() == categories
    # New messages can still be saved the ordinary way: the id sequence moved past them.
    Message.objects.create(title="Written by hand", status=Message.Status.DRAFT)


def _indexes():
    """Every index of the tables generate_messages fills: name -> what it covers, and how."""
    with connection.cursor() as cursor:
        return {
            name: (table, tuple(details["columns"]), tuple(details["orders"] or ()),
                   details["type"], details["unique"])
            for table in postgresql_maintenance.INDEXED_TABLES
            for name, details in connection.introspection.get_constraints(cursor, table).items()
            if details["index"]
        }


def test_a_large_batch_leaves_every_index_as_it_was(monkeypatch):
    before = _indexes()
    assert "message_feed_idx" in before  # (the search index is PostgreSQL's alone)
    # "Large" from 50 rows on, so that the drop-and-rebuild path runs in a test's time.
    monkeypatch.setattr(postgresql_load, "REBUILD_INDEXES_FROM", 50)
    out = io.StringIO()

    call_command("generate_messages", "60", stdout=out)

    assert _indexes() == before
    if connection.vendor == "postgresql":  # SQLite's bulk_create path keeps them throughout
        assert "Building message_feed_idx" in out.getvalue()


def test_the_indexes_are_built_again_when_a_batch_fails(monkeypatch):
    before = _indexes()
    monkeypatch.setattr(postgresql_load, "REBUILD_INDEXES_FROM", 50)

    def fail(*args, **kwargs):
        raise RuntimeError("the connection dropped")

    monkeypatch.setattr(postgresql_load.PostgresqlLoad, "copy", fail)
    monkeypatch.setattr(generate_messages.Command, "create", fail)

    with pytest.raises(RuntimeError):
        call_command("generate_messages", "60", stdout=io.StringIO())

    assert _indexes() == before
