"""Second pair of eyes by authorship (issue 12): who *wrote* the text may not publish it
unreviewed, whoever last touched it; a reviewer may correct a typo and publish in one save."""

from datetime import UTC, datetime

import pytest

from press import review
from press.models import Message, MessageEvent, Statement
from tests.factories import make_staff_user
from tests.press.admin_helpers import (
    NO_UPLOADS,
    admin_url,
    client_for,
    errors_of,
    post_change,
)

pytestmark = [pytest.mark.django_db, pytest.mark.time_machine(
    datetime(2022, 7, 1, 7, 0, tzinfo=UTC), tick=False)]  # 10:00 in Moscow

Status = Message.Status
Action = MessageEvent.Action
NOW = {"published_at_0": "2022-07-01", "published_at_1": "10:00:00"}
OWN_TEXT = "or submitted it for review, so another editor must publish it"


def written_by(user, status="draft", body="Text as written."):
    """A message `user` created through the admin (so its timeline names them as author)."""
    response = client_for(user).post(admin_url(Statement, "add"), {
        "title": "A statement", "slug": "", "lead": "", "body": body, "status": status,
        "published_at_0": "", "published_at_1": "", "language": "en", **NO_UPLOADS,
    })
    assert response.status_code == 302, errors_of(response)
    return Message.objects.get()


def fresh(message):
    message.refresh_from_db()
    return message


def test_the_reviewer_corrects_and_publishes_and_the_timeline_links_to_the_difference(
    writer, editor
):
    message = written_by(writer)
    post_change(client_for(writer), fresh(message), status="submitted")
    response = post_change(client_for(editor), fresh(message), status="published",
                           body="Text as corrected.", **NOW)
    assert response.status_code == 302
    message = fresh(message)
    assert (message.status, message.body) == (Status.PUBLISHED, "Text as corrected.")
    assert not message.events.filter(action=Action.FORCE_PUBLISHED).exists()

    change = message.events.get(action=Action.TEXT_CHANGED)
    assert change.user == editor
    assert change.revision == message.history.first().history_id
    timeline = client_for(editor).get(admin_url(Message, "timeline", message.pk))
    diff_url = f"{admin_url(Message, 'compare', message.pk)}?newer={change.revision}"
    assert f'href="{diff_url}"' in timeline.content.decode()
    diff = client_for(editor).get(diff_url).content.decode()
    assert "diff-removed\">- Text as written.</span>" in diff
    assert "diff-added\">+ Text as corrected.</span>" in diff


def test_a_message_nobody_else_has_seen_still_needs_the_reason(editor):
    message = written_by(editor)
    client = client_for(editor)
    post_change(client, fresh(message), status="submitted")
    response = post_change(client, fresh(message), status="published", **NOW)
    assert any(OWN_TEXT in error for error in errors_of(response))
    assert fresh(message).status == Status.SUBMITTED


def test_a_writes_b_only_submits_and_a_still_needs_the_reason(editor, writer):
    # The known gap: A wrote it, B clicked "submit", A published it unreviewed.
    message = written_by(editor)
    post_change(client_for(writer), fresh(message), status="submitted")
    assert fresh(message).submitted_by == writer
    response = post_change(client_for(editor), fresh(message), status="published", **NOW)
    assert any(OWN_TEXT in error for error in errors_of(response))
    assert not Message.objects.published().exists()


def test_the_list_action_applies_the_same_rule(editor, second_editor, writer):
    mine = written_by(editor)
    post_change(client_for(writer), fresh(mine), status="submitted")
    page = client_for(editor).post(
        admin_url(Message, "changelist"),
        {"action": "publish", "_selected_action": [mine.pk]}, follow=True,
    ).content.decode()
    assert OWN_TEXT in page
    client_for(second_editor).post(
        admin_url(Message, "changelist"), {"action": "publish", "_selected_action": [mine.pk]}
    )
    assert fresh(mine).status == Status.PUBLISHED


def test_the_author_may_publish_with_a_reason_which_is_kept(editor):
    message = written_by(editor)
    response = post_change(client_for(editor), fresh(message), status="published",
                           force_publish_reason="The ambassador asked for it now.", **NOW)
    assert response.status_code == 302
    reason = fresh(message).events.get(action=Action.FORCE_PUBLISHED)
    assert reason.note == "The ambassador asked for it now."


def test_authors_are_who_created_changed_or_restored_the_text(writer, editor):
    message = written_by(writer)
    assert review.authors_of(message) == {writer.pk}
    post_change(client_for(editor), fresh(message), featured="on")  # not the text
    assert review.authors_of(message) == {writer.pk}
    post_change(client_for(editor), fresh(message), title="A better title")
    assert review.authors_of(message) == {writer.pk, editor.pk}
    restorer = make_staff_user("Press editor", username="rita")
    client_for(restorer).post(admin_url(
        Message, "restore_revision", message.pk, message.history.last().history_id
    ))
    assert review.authors_of(message) == {writer.pk, editor.pk, restorer.pk}
