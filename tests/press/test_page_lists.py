"""What a message's page lists beside it (press/page_lists.py), read by SQL compiled once per
connection and language (core/compiled_queries.py): each message gets its own rows, as the
ORM would give them, in the page's language."""

import threading
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.db import connections
from django.utils import translation

from core.compiled_queries import CompiledQuery
from press.models import Attachment, Category, MessageEvent
from press.page_lists import LISTS, page_lists
from press.selectors import home_messages, message_page
from tests.factories import make_category, make_message, make_person

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 11, 28, 12, tzinfo=UTC)


def note(message, text, at):
    return MessageEvent.objects.create(
        message=message, action=MessageEvent.Action.CHANGE_NOTE, note=text, at=at
    )


def test_each_message_gets_its_own_rows_from_the_same_compiled_query():
    ukraine = make_category(name="Ukraine", name_ru="Украина")
    trade = make_category(name="Trade", name_ru="Торговля")
    first = make_message(categories=[ukraine])
    second = make_message(categories=[trade, ukraine])

    assert [category.slug for category in page_lists(first)["categories"]] == [ukraine.slug]
    assert {category.slug for category in page_lists(second)["categories"]} == {
        ukraine.slug, trade.slug,
    }
    assert page_lists(make_message())["categories"] == []


def test_names_are_read_in_the_page_s_language():
    message = make_message(
        categories=[make_category(name="Ukraine", name_ru="Украина")],
        people=[make_person(name="Maria Zakharova", name_ru="Мария Захарова",
                            position="Spokeswoman", position_ru="Официальный представитель")],
    )
    lists = page_lists(message)
    assert [category.name for category in lists["categories"]] == ["Ukraine"]
    assert [str(person) for person in lists["people"]] == ["Maria Zakharova, Spokeswoman"]
    with translation.override("ru"):
        lists = page_lists(message)
        assert [category.name for category in lists["categories"]] == ["Украина"]
        assert [str(person) for person in lists["people"]] == [
            "Мария Захарова, Официальный представитель"
        ]


def test_documents_come_with_their_addresses_and_change_notes_oldest_first_as_instants():
    message = make_message()
    Attachment.objects.create(message=message, title="Annex", kind="pdf", size=2048,
                              file="press/attachments/annex.pdf")
    note(message, "Second", NOW)
    note(message, "First", NOW - timedelta(days=1))
    MessageEvent.objects.create(message=message, action=MessageEvent.Action.PUBLISHED, at=NOW)

    lists = page_lists(message)

    [attachment] = lists["attachments"]
    assert attachment.file.url.endswith("press/attachments/annex.pdf")
    assert (attachment.title, attachment.get_kind_display(), attachment.size) == (
        "Annex", "PDF", 2048,
    )
    assert [(change.note, change.at) for change in lists["change_notes"]] == [
        ("First", NOW - timedelta(days=1)), ("Second", NOW),
    ]


def test_a_query_that_does_not_use_its_value_is_refused():
    everything = CompiledQuery(lambda pk: Category.objects.all(), pk=int)
    with pytest.raises(ValueError, match="does not use its value 'pk'"):
        everything.rows(pk=1)


def test_the_featured_message_s_speakers_are_its_own_and_the_latest_leave_it_out(
    django_assert_num_queries,
):
    older = make_message(published_at=NOW - timedelta(days=2))
    lavrov = make_person(name="Sergey Lavrov")
    featured = make_message(people=[lavrov], featured=True, published_at=NOW - timedelta(days=1))
    newer = make_message(people=[make_person(name="Someone else")],
                         published_at=NOW - timedelta(hours=1))
    make_message(language="ru", published_at=NOW - timedelta(hours=2))

    with time_machine.travel(NOW, tick=False):
        home_messages(5, "en")  # compiled first (SQLite asks once whether it has JSON)
        with django_assert_num_queries(1):
            found, people, latest = home_messages(5, "en")
        _found, _people, just_one = home_messages(1, "en")

    assert found.pk == featured.pk
    assert latest == [newer.pk, older.pk]
    assert just_one == [newer.pk]
    assert [person.name for person in people] == ["Sergey Lavrov"]


def test_with_no_message_featured_home_lists_the_latest_alone():
    older = make_message(published_at=NOW - timedelta(days=2))
    newer = make_message(published_at=NOW - timedelta(hours=1))
    make_message(featured=True, language="ru", published_at=NOW - timedelta(hours=2))

    with time_machine.travel(NOW, tick=False):
        assert home_messages(5, "en") == (None, [], [newer.pk, older.pk])


def test_a_message_page_reads_its_lists_with_its_row_in_one_statement(
    django_assert_num_queries,
):
    ukraine = make_category(name="Ukraine")
    message = make_message(categories=[ukraine], people=[make_person(name="Sergey Lavrov")],
                           published_at=NOW - timedelta(hours=1))
    note(message, "Corrected a date.", NOW - timedelta(minutes=30))
    day = NOW.replace(hour=0)
    with time_machine.travel(NOW, tick=False):
        # Compiled first: on SQLite, compiling asks the database once whether it has JSON.
        message_page(day, day + timedelta(days=1), message.slug)
        with django_assert_num_queries(1):
            lists = page_lists(message_page(day, day + timedelta(days=1), message.slug))
    assert lists == page_lists(message)
    assert [category.slug for category in lists["categories"]] == [ukraine.slug]
    assert [event.note for event in lists["change_notes"]] == ["Corrected a date."]


@pytest.mark.django_db(transaction=True)
def test_threads_read_through_their_own_connections_and_share_one_compiled_query():
    ukraine = make_category(name="Ukraine")
    message = make_message(categories=[ukraine])
    page_lists(message)
    compiled = dict(LISTS["categories"].compiled)
    found = []

    def read():
        try:
            found.append([category.slug for category in page_lists(message)["categories"]])
        finally:
            connections.close_all()

    threads = [threading.Thread(target=read) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert found == [[ukraine.slug]] * 3
    assert LISTS["categories"].compiled == compiled
