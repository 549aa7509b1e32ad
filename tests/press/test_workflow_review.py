"""Second pair of eyes: only a submitted message, published by someone who neither wrote its
text nor submitted it, goes out without a written force-publish reason, through the form or the
list."""

from datetime import UTC, datetime

import pytest

from press import review
from press.models import Message, MessageEvent, Statement
from tests.factories import make_message
from tests.press.admin_helpers import NO_UPLOADS, admin_url, client_for, errors_of, post_change

pytestmark = [pytest.mark.django_db, pytest.mark.time_machine(
    datetime(2022, 7, 1, 7, 0, tzinfo=UTC), tick=False)]  # 10:00 in Moscow

Status = Message.Status
Action = MessageEvent.Action
NOW = {"published_at_0": "2022-07-01", "published_at_1": "10:00:00"}
NOT_REVIEWED = "This message was not submitted for review"


def publish_action(user, *messages):
    return client_for(user).post(
        admin_url(Message, "changelist"),
        {"action": "publish", "_selected_action": [message.pk for message in messages]},
        follow=True,
    )


def test_taking_ones_own_submission_back_to_draft_does_not_clear_the_way(editor):
    message = make_message(status=Status.DRAFT)
    client = client_for(editor)
    assert post_change(client, message, status="submitted").status_code == 302
    message.refresh_from_db()
    assert post_change(client, message, status="draft").status_code == 302
    message.refresh_from_db()
    assert message.submitted_by == editor  # still names the last submitter

    response = post_change(client, message, status="published", **NOW)
    assert response.status_code == 200
    assert any(NOT_REVIEWED in error for error in errors_of(response))
    message.refresh_from_db()
    assert message.status == Status.DRAFT
    assert not Message.objects.published().exists()


def test_resubmitting_ones_own_draft_still_needs_another_editor(editor, second_editor):
    message = make_message(status=Status.DRAFT)
    client = client_for(editor)
    post_change(client, message, status="submitted")
    message.refresh_from_db()
    post_change(client, message, status="draft")
    message.refresh_from_db()
    post_change(client, message, status="submitted")
    message.refresh_from_db()

    response = post_change(client, message, status="published", **NOW)
    assert any("another editor must publish it" in error for error in errors_of(response))
    assert post_change(client_for(second_editor), message, status="published",
                       **NOW).status_code == 302
    message.refresh_from_db()
    assert message.status == Status.PUBLISHED
    assert not message.events.filter(action=Action.FORCE_PUBLISHED).exists()


def test_an_editor_cannot_publish_a_draft_nobody_submitted_without_a_reason(editor):
    message = make_message(status=Status.DRAFT)
    response = post_change(client_for(editor), message, status="published", **NOW)
    assert response.status_code == 200
    assert errors_of(response) == [
        "This message was not submitted for review, so it cannot be published without a "
        "second pair of eyes: submit it for another editor to publish, or give your reason in "
        "“Force-publish reason”; it is kept in the message's history."
    ]
    message.refresh_from_db()
    assert message.status == Status.DRAFT


def test_nor_create_a_message_already_published_without_a_reason(editor):
    response = client_for(editor).post(admin_url(Statement, "add"), {
        "title": "Straight out", "slug": "", "lead": "", "body": "", "status": "published",
        "language": "en", **NOW, **NO_UPLOADS,
    })
    assert response.status_code == 200
    assert any(NOT_REVIEWED in error for error in errors_of(response))
    assert not Message.objects.exists()


def test_the_publish_action_refuses_unreviewed_drafts_and_publishes_the_submitted(
    writer, editor
):
    unreviewed = make_message(title="Unreviewed", status=Status.DRAFT)
    reviewed = make_message(title="Reviewed", status=Status.SUBMITTED, submitted_by=writer)
    page = publish_action(editor, unreviewed, reviewed).content.decode()
    assert f"“Unreviewed”: {NOT_REVIEWED}" in page
    assert "A list action cannot take a reason: open the message to give one." in page
    assert "1 message published." in page
    assert list(Message.objects.published()) == [reviewed]
    unreviewed.refresh_from_db()
    assert unreviewed.status == Status.DRAFT


def test_the_publish_action_refuses_what_was_submitted_then_taken_back(editor):
    message = make_message(status=Status.DRAFT)
    client = client_for(editor)
    post_change(client, message, status="submitted")
    message.refresh_from_db()
    post_change(client, message, status="draft")
    assert NOT_REVIEWED in publish_action(editor, message).content.decode()
    assert not Message.objects.published().exists()


def submitted_by(writer):
    return make_message(status=Status.SUBMITTED, submitted_by=writer, body="As submitted.")


def test_an_editor_who_reviews_may_correct_the_text_and_publish_in_the_same_save(
    writer, editor
):
    # Issue 12 turned this round: it used to be refused ("or changed its text since").
    message = submitted_by(writer)
    response = post_change(client_for(editor), message, status="published",
                           body="Rewritten by the editor.", **NOW)
    assert response.status_code == 302
    message.refresh_from_db()
    assert (message.status, message.body) == (Status.PUBLISHED, "Rewritten by the editor.")
    assert not message.events.filter(action=Action.FORCE_PUBLISHED).exists()


def test_an_editor_who_changed_the_text_earlier_cannot_publish_it_later(
    writer, editor, second_editor
):
    message = submitted_by(writer)
    client = client_for(editor)
    assert post_change(client, message, body="Rewritten by the editor.").status_code == 302
    message.refresh_from_db()
    # Their change now awaits someone else's eyes: since issue 12 because they wrote part of
    # the text (it used to be by making them the submitter).
    assert editor.pk in review.authors_of(message)

    response = post_change(client, message, status="published", **NOW)
    assert any("another editor must publish it" in error for error in errors_of(response))
    assert post_change(client_for(second_editor), message, status="published",
                       **NOW).status_code == 302
    message.refresh_from_db()
    assert message.status == Status.PUBLISHED


def test_changing_only_the_classification_does_not_take_over_the_review(writer, editor):
    message = submitted_by(writer)
    response = post_change(client_for(editor), message, status="published", featured="on",
                           **NOW)
    assert response.status_code == 302
    message.refresh_from_db()
    assert (message.status, message.featured, message.submitted_by) == (
        Status.PUBLISHED, True, writer
    )
