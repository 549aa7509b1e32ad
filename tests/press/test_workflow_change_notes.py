"""Change notes: a major change to a published message needs one, and the page shows them."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine

from press.models import MessageEvent
from tests.factories import make_message
from tests.press.admin_helpers import client_for, errors_of, post_change

pytestmark = pytest.mark.django_db

NOW = datetime(2022, 7, 1, 9, 0, tzinfo=UTC)


def test_a_major_change_without_a_note_is_refused(editor):
    message = make_message(body="The original text.")
    response = post_change(client_for(editor), message, body="New text.", change_kind="major")
    assert errors_of(response) == ["A major change needs a change note for the public page."]
    message.refresh_from_db()
    assert message.body == "The original text."


def test_a_change_note_over_1000_characters_is_refused(editor):
    message = make_message()
    response = post_change(client_for(editor), message, change_kind="major",
                           change_note="x" * 1001)
    assert errors_of(response) == ["Ensure this value has at most 1000 characters (it has 1001)."]


def test_a_minor_change_needs_no_note_and_records_none(editor):
    message = make_message()
    response = post_change(client_for(editor), message, body="Typo fixed.")
    assert response.status_code == 302
    assert not message.events.filter(action=MessageEvent.Action.CHANGE_NOTE).exists()


def test_the_public_page_shows_change_notes_under_the_body_in_date_order(client, editor):
    with time_machine.travel(NOW, tick=False) as traveller:
        message = make_message(published_at=NOW - timedelta(days=10))
        post_change(client_for(editor), message, change_kind="major",
                    change_note="Figures corrected.")
        traveller.shift(timedelta(days=3))
        message.refresh_from_db()
        post_change(client_for(editor), message, change_kind="major",
                    change_note="Quote <added>.")
        page = client.get(message.get_absolute_url()).content.decode()
    body_at = page.index("message-body")
    first = page.index("Updated 01.07.2022</time>: Figures corrected.")
    second = page.index("Updated 04.07.2022</time>: Quote &lt;added&gt;.")
    assert body_at < first < second


@pytest.mark.parametrize("notes", [1, 6])
def test_the_message_page_runs_a_fixed_number_of_queries(client, django_assert_num_queries,
                                                          notes):
    with time_machine.travel(NOW, tick=False):
        message = make_message(published_at=NOW - timedelta(days=1))
        MessageEvent.objects.bulk_create(
            MessageEvent(message=message, action=MessageEvent.Action.CHANGE_NOTE,
                         note=f"Note {number}", at=NOW)
            for number in range(notes)
        )
        url = message.get_absolute_url()
        client.get("/")  # site settings cached, as on a warm server
        # The message (with its lead image), and its change notes, categories, people and
        # attachments gathered into its row (press/page_lists.py): one statement.
        with django_assert_num_queries(1):
            response = client.get(url)
    assert response.content.decode().count("Updated 01.07.2022") == notes
