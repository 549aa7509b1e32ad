"""Revision history: every save is kept; differences between two; restore makes a draft."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine

from press.models import Message, MessageEvent
from tests.factories import make_message
from tests.press.admin_helpers import admin_url, client_for, post_change

pytestmark = pytest.mark.django_db

NOW = datetime(2022, 7, 1, 7, 0, tzinfo=UTC)  # 10:00 in Moscow


def edited_twice(editor, **fields):
    message = make_message(title="First title", body="Line one.\nLine two.", **fields)
    client = client_for(editor)
    post_change(client, message, title="Second title")
    message.refresh_from_db()
    post_change(client, message, body="Line one.\nLine 2, <corrected>.")
    message.refresh_from_db()
    return message, client


def test_every_save_keeps_a_revision_with_who_and_which_fields_changed(editor):
    message, client = edited_twice(editor)
    revisions = list(message.history.order_by("history_id"))
    assert [revision.title for revision in revisions] == [
        "First title", "Second title", "Second title"
    ]
    assert [revision.history_user for revision in revisions[1:]] == [editor, editor]
    page = client.get(admin_url(Message, "revisions", message.pk)).content.decode()
    rows = page[page.index("<tbody>"):].split("<tr>")[1:]
    assert "<td>eddie</td>\n    <td>body</td>" in rows[0]
    assert "<td>eddie</td>\n    <td>title</td>" in rows[1]


def test_edits_through_a_kind_section_keep_revisions_too(editor):
    from press.models import Statement

    message = make_message(kind=Message.Kind.STATEMENT)
    statement = Statement.objects.get(pk=message.pk)
    statement.title = "Through the proxy"
    statement.save()
    assert message.history.first().title == "Through the proxy"


def test_the_differences_between_two_revisions_show_field_by_field(editor):
    message, client = edited_twice(editor)
    oldest, newest = message.history.order_by("history_id")[::2]
    response = client.get(admin_url(Message, "compare", message.pk),
                          {"older": oldest.history_id, "newer": newest.history_id})
    page = response.content.decode()
    assert "diff-removed\">- First title</span>" in page
    assert "diff-removed\">- Line two.</span>" in page
    assert "diff-added\">+ Line 2, &lt;corrected&gt;.</span>" in page
    assert "diff-same\">  Line one.</span>" in page


def test_the_differences_name_states_and_times_as_staff_read_them(editor):
    message = make_message(status=Message.Status.DRAFT)
    client = client_for(editor)
    post_change(client, message, status="submitted")
    older, newer = message.history.order_by("history_id")
    page = client.get(admin_url(Message, "compare", message.pk),
                      {"older": older.history_id, "newer": newer.history_id}).content.decode()
    assert "<del>Draft</del> → <ins>Submitted for review</ins>" in page


@pytest.mark.parametrize("query", [{}, {"older": "x", "newer": "1"}, {"older": 999, "newer": 998}])
def test_comparing_without_two_revisions_of_this_message_is_a_404(editor, query):
    message, client = edited_twice(editor)
    assert client.get(admin_url(Message, "compare", message.pk), query).status_code == 404


# Restoring onto a public message used to turn it into a draft (its page 404ed); that is now
# refused (tests/press/test_workflow_public_pages.py). A scheduled one has never appeared.
def test_restoring_a_revision_of_a_scheduled_message_makes_a_draft_and_publishes_nothing(
    editor,
):
    with time_machine.travel(NOW, tick=False) as traveller:
        message, client = edited_twice(editor, published_at=NOW + timedelta(hours=2))
        oldest = message.history.order_by("history_id").first()
        url = admin_url(Message, "restore_revision", message.pk, oldest.history_id)
        assert "as a draft" in client.get(url).content.decode()

        response = client.post(url)
        assert response.status_code == 302
        message.refresh_from_db()
        assert (message.title, message.body) == ("First title", "Line one.\nLine two.")
        assert message.status == Message.Status.DRAFT
        traveller.shift(timedelta(hours=3))  # past its former time: still not published
        assert not Message.objects.published().exists()
    newest = message.history.first()
    assert (newest.status, newest.history_user) == (Message.Status.DRAFT, editor)
    assert message.history.count() == 4
    # The edits before it are in the timeline too ("Text changed", since issue 12).
    assert message.events.last().action == MessageEvent.Action.REVISION_RESTORED
    assert message.events.filter(action=MessageEvent.Action.REVISION_RESTORED).count() == 1


def test_writers_cannot_restore_revisions(writer, editor):
    message = make_message(status=Message.Status.DRAFT, title="Before")
    post_change(client_for(editor), message, title="After")
    oldest = message.history.order_by("history_id").first()
    url = admin_url(Message, "restore_revision", message.pk, oldest.history_id)
    assert client_for(writer).post(url).status_code == 403
    message.refresh_from_db()
    assert message.title == "After"
