"""core.compiled_queries.CompiledQuery: compiled once, run with each call's own values, and
its rows are the ORM's rows."""

import threading
from datetime import UTC, datetime, timedelta

import pytest
from django.db import connections
from django.db.models import F, Prefetch, Value
from django.db.models.functions import Concat

from core.compiled_queries import CompiledQuery
from press.models import LeadImage, Message
from tests.factories import make_category, make_message

pytestmark = pytest.mark.django_db

NOON = datetime(2026, 11, 28, 12, tzinfo=UTC)


def titles(messages):
    return [message.title for message in messages]


def test_each_call_puts_its_own_instants_in_the_one_compiled_sql():
    for hours in range(4):
        make_message(title=f"{hours} hours before noon", published_at=NOON - timedelta(hours=hours))
    between = CompiledQuery(
        lambda since, until: Message.objects.filter(published_at__gte=since,
                                                    published_at__lt=until),
        since=datetime, until=datetime,
    )

    assert titles(between.rows(since=NOON - timedelta(hours=1), until=NOON)) == [
        "1 hours before noon"
    ]
    assert titles(between.rows(since=NOON - timedelta(hours=3), until=NOON)) == [
        "1 hours before noon", "2 hours before noon", "3 hours before noon",
    ]
    assert between.rows(since=NOON + timedelta(hours=1), until=NOON + timedelta(hours=2)) == []
    assert len(between.compiled) == 1


def test_a_value_used_in_several_places_is_put_in_each():
    make_message(title="Old", published_at=NOON - timedelta(days=2))
    make_message(title="New", published_at=NOON)
    older_than_its_newer_neighbour = CompiledQuery(
        lambda now: Message.objects.filter(published_at__lte=now).filter(
            pk__in=Message.objects.filter(published_at__lt=now).values("pk")
        ),
        now=datetime,
    )

    assert titles(older_than_its_newer_neighbour.rows(now=NOON)) == ["Old"]
    assert titles(older_than_its_newer_neighbour.rows(now=NOON + timedelta(seconds=1))) == [
        "New", "Old",
    ]


def test_text_values_are_parameters_never_sql():
    make_message(title="Plain", slug="plain")
    by_slug = CompiledQuery(lambda slug: Message.objects.filter(slug=slug), slug=str)

    assert titles(by_slug.rows(slug="plain")) == ["Plain"]
    assert by_slug.rows(slug="plain' OR '1'='1") == []
    assert titles(Message.objects.all()) == ["Plain"]


def test_rows_carry_their_joined_models_annotations_and_deferred_columns_as_the_orm_s():
    original = make_message(title="Original", categories=[make_category(name="Trade")])
    translation = make_message(title="Перевод", language="ru", translation_of=original)
    # A row only (no file): bulk_create does not open the image to measure it.
    LeadImage.objects.bulk_create([LeadImage(
        message=original, image="press/images/2026/11/lead.jpg", width=1600, height=900,
        alt_text="A harbour",
    )])

    def make(pk):
        return (
            Message.objects.filter(pk=pk)
            .select_related("lead_image", "translated_as")
            .defer("body")
            .annotate(shout=Concat(F("title"), Value("!")))
        )

    [compiled] = CompiledQuery(make, pk=int).rows(pk=original.pk)
    orm = make(original.pk).get()

    for row in (compiled, orm):
        assert row.get_deferred_fields() == {"body"}
        assert row.shout == "Original!"
        assert row.lead_image.image.url.endswith("press/images/2026/11/lead.jpg")
        assert (row.lead_image.width, row.lead_image.alt_text) == (1600, "A harbour")
        assert row.translated_as.pk == translation.pk
        assert row.published_at == original.published_at
        assert row.published_at.tzinfo is not None
    assert {field.attname: getattr(compiled, field.attname) for field in Message._meta.fields
            if field.attname != "body"} == {
        field.attname: getattr(orm, field.attname) for field in Message._meta.fields
        if field.attname != "body"
    }


def test_a_query_that_does_not_use_a_value_or_reads_no_model_rows_is_refused():
    def refused(make, **kinds):
        with pytest.raises(ValueError):
            CompiledQuery(make, **kinds).rows(**{name: kind(1) for name, kind in kinds.items()})

    refused(lambda pk: Message.objects.all(), pk=int)
    refused(lambda pk: Message.objects.filter(pk=pk).values("title"), pk=int)
    refused(lambda pk: Message.objects.filter(pk=pk).prefetch_related(Prefetch("categories")),
            pk=int)
    with pytest.raises(TypeError):
        CompiledQuery(lambda flag: Message.objects.filter(featured=flag), flag=bool)


def test_ids_are_the_primary_keys_of_the_rows_in_their_order():
    for hours in range(5):
        make_message(title=f"{hours} hours before noon", published_at=NOON - timedelta(hours=hours),
                     lead="Found" if hours % 2 else "Missed")
    found = CompiledQuery(
        lambda lead: Message.objects.filter(lead=lead).only("title").order_by("published_at"),
        lead=str,
    )

    assert found.ids(lead="Found") == list(
        Message.objects.filter(lead="Found").order_by("published_at").values_list("pk", flat=True)
    )
    assert found.ids(lead="Found") == [message.pk for message in found.rows(lead="Found")]
    assert len(found.ids(lead="Found")) == 2
    assert found.ids(lead="Nothing") == []


@pytest.mark.django_db(transaction=True)
def test_a_query_compiled_in_one_thread_reads_rows_in_another_through_that_thread_s_connection():
    # Each thread has its own connection; the converters a compiled query keeps are worked out
    # for each one (an app server's threads, a live-server test's).
    make_message(title="Noon", published_at=NOON)
    by_title = CompiledQuery(lambda title: Message.objects.filter(title=title), title=str)
    [here] = by_title.rows(title="Noon")
    read = {}

    def elsewhere():
        try:
            read["rows"] = by_title.rows(title="Noon")
            read["connection"] = connections["default"]
        finally:
            connections.close_all()

    worker = threading.Thread(target=elsewhere)
    worker.start()
    worker.join()

    [there] = read["rows"]
    assert read["connection"] is not connections["default"]
    for row in (here, there):
        assert row.published_at == NOON
        assert row.published_at.tzinfo is not None
    assert len(by_title.compiled) == 1
