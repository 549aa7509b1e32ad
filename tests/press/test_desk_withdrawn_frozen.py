"""A withdrawn message is frozen (issue 12): its text, title and explanation stay as its page
shows them; the form is read-only, with the withdrawal shown on it."""

from datetime import UTC, datetime, timedelta

import pytest
from django.contrib import admin

from press import workflow
from press.models import Message, MessageEvent
from tests.factories import make_message
from tests.press.admin_helpers import admin_url, client_for, post_change

NOW = datetime(2022, 7, 1, 7, 0, tzinfo=UTC)
pytestmark = [pytest.mark.django_db, pytest.mark.time_machine(NOW, tick=False)]


@pytest.fixture
def withdrawn(editor):
    message = make_message(title="Quoted statement", body="As quoted.",
                           published_at=NOW - timedelta(days=1))
    response = post_change(client_for(editor), message, status="withdrawn",
                           withdrawal_explanation="Issued in error.")
    assert response.status_code == 302
    message.refresh_from_db()
    return message


def test_the_form_shows_it_read_only_with_the_withdrawal(withdrawn, editor):
    page = client_for(editor).get(admin_url(Message, "change", withdrawn.pk)).content.decode()
    for field in ("title", "lead", "body", "withdrawal_explanation", "slug", "outlet"):
        assert f'name="{field}"' not in page, field
    assert 'name="remark"' in page  # colleagues may still leave a note
    assert "Withdrawn on 01.07.2022 10:00 by eddie." in page
    assert "<q>Issued in error.</q>" in page


def test_an_edit_posted_anyway_changes_nothing(withdrawn, editor, client):
    version = withdrawn.version
    response = post_change(client_for(editor), withdrawn, title="Rewritten", body="New text.",
                           withdrawal_explanation="Something else.")
    assert response.status_code == 302  # read-only fields are not taken from the post
    withdrawn.refresh_from_db()
    assert (withdrawn.title, withdrawn.body, withdrawn.withdrawal_explanation) == (
        "Quoted statement", "As quoted.", "Issued in error.")
    page = client.get(withdrawn.get_absolute_url()).content.decode()
    assert "Quoted statement" in page and "Issued in error." in page
    assert withdrawn.version == version + 1  # the save itself (a remark may come with it)


def test_the_workflow_refuses_a_text_change_from_any_path(withdrawn, editor):
    withdrawn.body = "Changed behind the form's back."
    change = workflow.Change(withdrawn, editor, changed_fields=frozenset({"body"}))
    errors = workflow.check(change)
    assert "This message was withdrawn: its page shows the text, title and explanation" in str(
        errors)


def test_its_lead_image_and_attachments_are_frozen_too(withdrawn, editor, rf):
    from press.admin.uploads import AttachmentInline, LeadImageInline

    request = rf.get("/")
    request.user = editor
    for inline in (LeadImageInline, AttachmentInline):
        admin_inline = inline(Message, admin.site)
        assert not admin_inline.has_add_permission(request, withdrawn)
        assert not admin_inline.has_change_permission(request, withdrawn)
        assert not admin_inline.has_delete_permission(request, withdrawn)


def test_a_remark_can_still_be_added(withdrawn, editor):
    post_change(client_for(editor), withdrawn, remark="Asked about by a journalist.")
    assert withdrawn.events.filter(action=MessageEvent.Action.REMARK).get().note == (
        "Asked about by a journalist.")
