"""core.compiled_bundles: queries sent together as one statement give each query the rows it
gives alone, in its order, with the same values of the same types, whether sent on their own
or gathered into another query's row; what JSON cannot carry back, or columns it cannot tell
apart, are refused when the bundle is made."""

import itertools
from datetime import UTC, datetime, timedelta

import pytest
from django.db import connection
from django.db.models import DurationField, OuterRef, Value
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from hypothesis import given
from hypothesis import strategies as st

from core.compiled_bundles import CompiledBundle
from core.compiled_queries import CompiledQuery
from press.models import Attachment, Category, Message, MessageEvent, Person
from press.page_lists import LISTS, PAGE_LISTS
from tests.factories import make_message

pytestmark = pytest.mark.django_db

_numbers = itertools.count(1)
# What staff may type (no NUL, which no text column takes), quotes and JSON's escapes included.
texts = st.text(st.characters(blacklist_characters="\x00", blacklist_categories=["Cs"]),
                min_size=1, max_size=30)
instants = st.datetimes(min_value=datetime(1950, 1, 1), max_value=datetime(2100, 1, 1),
                        timezones=st.just(UTC))


# A message's row with its page's lists gathered into it, as its public page reads them.
GATHERED_ROW = CompiledQuery(
    lambda pk: Message.objects.filter(pk=pk).only("pk").annotate(
        **PAGE_LISTS.gathered(pk=OuterRef("pk"))
    ),
    pk=int,
)


def columns(instance):
    """What the instance was made of: each loaded field's value and its type."""
    return {name: (type(value), value) for name, value in vars(instance).items()
            if name != "_state"}


@given(
    categories=st.lists(st.tuples(texts, texts), max_size=4),
    people=st.lists(st.tuples(texts, texts | st.just("")), max_size=3),
    attachments=st.lists(st.tuples(texts, st.sampled_from(Attachment.Kind.values),
                                   st.integers(0, 2**62)), max_size=3),
    notes=st.lists(st.tuples(texts, instants), max_size=4),
    language=st.sampled_from(["en", "ru"]),
)
def test_each_list_is_what_its_own_query_gives(categories, people, attachments, notes,
                                                language):
    message = make_message()
    for name, name_ru in categories:
        number = next(_numbers)
        # A category's names are unique in each language.
        message.categories.add(Category.objects.create(
            name=f"{name} {number}", name_ru=f"{name_ru} {number}", slug=f"c-{number}",
            order=number % 3))
    for name, position in people:
        message.people.add(Person.objects.create(
            name=name, position=position, slug=f"p-{next(_numbers)}"))
    for title, kind, size in attachments:
        Attachment.objects.create(message=message, title=title, kind=kind, size=size,
                                  file=f"press/attachments/{next(_numbers)}.pdf")
    for text, at in notes:
        MessageEvent.objects.create(message=message, action=MessageEvent.Action.CHANGE_NOTE,
                                    note=text, at=at)

    with translation.override(language):
        with CaptureQueriesContext(connection) as sent:
            bundled = PAGE_LISTS.rows(pk=message.pk)
        alone = {name: query.rows(pk=message.pk) for name, query in LISTS.items()}
        (row,) = GATHERED_ROW.rows(pk=message.pk)
        gathered = PAGE_LISTS.from_gathered(row)

    assert len(sent.captured_queries) == 1
    assert set(bundled) == set(gathered) == set(LISTS)
    for name in LISTS:
        assert [columns(row) for row in bundled[name]] == [columns(row) for row in alone[name]]
        assert [columns(row) for row in gathered[name]] == [columns(row) for row in alone[name]]
    assert len(bundled["change_notes"]) == len(notes)


def test_a_row_read_without_the_gathered_lists_has_none_to_read():
    (row,) = CompiledQuery(lambda pk: Message.objects.filter(pk=pk), pk=int).rows(
        pk=make_message().pk
    )
    assert PAGE_LISTS.from_gathered(row) is None


def test_columns_of_the_same_name_are_refused():
    with_author = CompiledQuery(
        lambda pk: Message.objects.filter(pk=pk).select_related("created_by"), pk=int
    )
    with pytest.raises(ValueError, match="different names"):
        CompiledBundle({"message": with_author}).rows(pk=1)


def test_a_value_json_cannot_carry_back_is_refused():
    lasting = CompiledQuery(
        lambda pk: Category.objects.filter(pk=pk).annotate(
            lasting=Value(timedelta(days=1), output_field=DurationField())
        ),
        pk=int,
    )
    with pytest.raises(ValueError, match="DurationField"):
        CompiledBundle({"category": lasting}).rows(pk=1)
