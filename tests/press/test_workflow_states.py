"""States and the second pair of eyes: draft → submitted → published, who may do what."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.contrib.auth.models import Group

from press.models import Message, MessageEvent
from tests.factories import make_message
from tests.press.admin_helpers import (
    admin_url,
    change_form_data,
    client_for,
    errors_of,
    post_change,
)

pytestmark = pytest.mark.django_db

NOW = datetime(2022, 7, 1, 7, 0, tzinfo=UTC)  # 10:00 in Moscow
Status = Message.Status
Action = MessageEvent.Action


def draft(**fields):
    fields.setdefault("status", Status.DRAFT)
    return make_message(**fields)


def actions_of(message):
    return list(message.events.order_by("at", "id").values_list("action", flat=True))


def test_the_groups_carry_the_workflow_permissions():
    writer = set(Group.objects.get(name="Press writer").permissions.values_list("codename",
                                                                               flat=True))
    editor = set(Group.objects.get(name="Press editor").permissions.values_list("codename",
                                                                               flat=True))
    assert {"add_message", "change_message", "submit_message"} <= writer
    assert not writer & {"publish_message", "withdraw_message", "restore_message",
                         "purge_message", "delete_message"}
    assert writer | {"publish_message", "withdraw_message", "restore_message", "purge_message",
                     "delete_message", "view_deletedmessage"} <= editor


@time_machine.travel(NOW, tick=False)
def test_a_writer_submits_a_draft_and_is_recorded_as_its_submitter(writer):
    message = draft()
    response = post_change(client_for(writer), message, status="submitted")
    assert response.status_code == 302
    message.refresh_from_db()
    assert message.status == Status.SUBMITTED
    assert message.submitted_by == writer
    assert actions_of(message) == [Action.SUBMITTED]


@time_machine.travel(NOW, tick=False)
def test_a_writer_cannot_publish_through_the_form(writer):
    message = draft()
    response = post_change(client_for(writer), message, status="published",
                           published_at_0="2022-07-01", published_at_1="12:00:00")
    assert response.status_code == 200
    assert any("Select a valid choice" in error for error in errors_of(response))
    message.refresh_from_db()
    assert message.status == Status.DRAFT


@time_machine.travel(NOW, tick=False)
def test_a_writer_may_view_but_not_change_a_published_message(writer):
    message = make_message()
    client = client_for(writer)
    page = client.get(admin_url(Message, "change", message.pk)).content.decode()
    assert 'name="title"' not in page  # read-only view
    response = post_change(client, message, title="Rewritten by a writer")
    assert response.status_code == 403
    message.refresh_from_db()
    assert message.title != "Rewritten by a writer"


@time_machine.travel(NOW, tick=False)
def test_an_editor_publishes_a_message_someone_else_submitted(writer, editor):
    message = draft(status=Status.SUBMITTED, submitted_by=writer)
    response = post_change(client_for(editor), message, status="published",
                           published_at_0="2022-07-01", published_at_1="10:00:00")
    assert response.status_code == 302
    message.refresh_from_db()
    assert message.status == Status.PUBLISHED
    assert message.published_at == NOW
    assert list(Message.objects.published()) == [message]
    assert actions_of(message) == [Action.PUBLISHED]


@time_machine.travel(NOW, tick=False)
def test_the_submitter_cannot_publish_their_own_message_without_a_reason(editor):
    message = draft(status=Status.SUBMITTED, submitted_by=editor)
    response = post_change(client_for(editor), message, status="published",
                           published_at_0="2022-07-01", published_at_1="10:00:00")
    assert response.status_code == 200
    assert any("another editor must publish it" in error for error in errors_of(response))
    message.refresh_from_db()
    assert message.status == Status.SUBMITTED
    assert not Message.objects.published().exists()


@pytest.mark.parametrize("status", [Status.SUBMITTED, Status.DRAFT],
                         ids=["own submission", "never submitted"])
@time_machine.travel(NOW, tick=False)
def test_a_force_publish_reason_is_recorded_in_the_timeline_and_the_history(editor, status):
    message = draft(status=status, submitted_by=editor if status == Status.SUBMITTED else None)
    client = client_for(editor)
    response = post_change(client, message, status="published",
                           published_at_0="2022-07-01", published_at_1="10:00:00",
                           force_publish_reason="The minister asked for it within the hour.")
    assert response.status_code == 302
    message.refresh_from_db()
    assert message.status == Status.PUBLISHED
    forced = message.events.get(action=Action.FORCE_PUBLISHED)
    assert (forced.user, forced.note) == (editor, "The minister asked for it within the hour.")
    assert message.history.first().history_change_reason == forced.note
    timeline = client.get(admin_url(Message, "timeline", message.pk)).content.decode()
    assert "Force-published without a second review" in timeline
    assert "The minister asked for it within the hour." in timeline
    revisions = client.get(admin_url(Message, "revisions", message.pk)).content.decode()
    assert "The minister asked for it within the hour." in revisions


def test_a_force_publish_reason_over_1000_characters_is_refused(editor):
    with time_machine.travel(NOW, tick=False):
        message = draft(status=Status.SUBMITTED, submitted_by=editor)
        response = post_change(client_for(editor), message, status="published",
                               published_at_0="2022-07-01", published_at_1="10:00:00",
                               force_publish_reason="x" * 1001)
    assert response.status_code == 200
    assert "Ensure this value has at most 1000 characters (it has 1001)." in errors_of(response)


@time_machine.travel(NOW, tick=False)
def test_published_with_an_empty_date_means_now_in_the_form_as_in_the_list(writer, editor):
    # Issue 12 changed this: an empty date used to be refused; it now means "now".
    by_form = draft(status=Status.SUBMITTED, submitted_by=writer)
    assert post_change(client_for(editor), by_form, status="published").status_code == 302
    by_action = draft(status=Status.SUBMITTED, submitted_by=writer)
    client_for(editor).post(admin_url(Message, "changelist"),
                            {"action": "publish", "_selected_action": [by_action.pk]})
    for message in (by_form, by_action):
        message.refresh_from_db()
        assert (message.status, message.published_at) == (Status.PUBLISHED, NOW)


@time_machine.travel(NOW, tick=False)
def test_the_publish_action_refuses_the_submitter_and_publishes_the_others(writer, editor):
    own = draft(title="Own", status=Status.SUBMITTED, submitted_by=editor)
    theirs = draft(title="Theirs", status=Status.SUBMITTED, submitted_by=writer)
    response = client_for(editor).post(
        admin_url(Message, "changelist"),
        {"action": "publish", "_selected_action": [own.pk, theirs.pk]},
        follow=True,
    )
    page = response.content.decode()
    assert "another editor must publish it" in page
    assert list(Message.objects.published()) == [theirs]


@time_machine.travel(NOW, tick=False)
def test_the_submit_action_is_offered_to_writers_and_refuses_what_is_not_a_draft(writer):
    a_draft = draft()
    submitted = draft(status=Status.SUBMITTED, submitted_by=writer)
    response = client_for(writer).post(
        admin_url(Message, "changelist"),
        {"action": "submit", "_selected_action": [a_draft.pk, submitted.pk]},
        follow=True,
    )
    assert "It is already submitted for review." in response.content.decode()
    a_draft.refresh_from_db()
    assert (a_draft.status, a_draft.submitted_by) == (Status.SUBMITTED, writer)


@time_machine.travel(NOW, tick=False)
def test_withdrawing_needs_an_explanation_and_an_editor(writer, editor):
    message = make_message()
    response = post_change(client_for(editor), message, status="withdrawn")
    assert "Withdrawing a message needs an explanation" in " ".join(errors_of(response))

    response = post_change(client_for(editor), message, status="withdrawn",
                           withdrawal_explanation="Issued in error.")
    assert response.status_code == 302
    message.refresh_from_db()
    assert (message.status, message.withdrawn_at) == (Status.WITHDRAWN, NOW)
    assert message.events.get(action=Action.WITHDRAWN).note == "Issued in error."


@time_machine.travel(NOW, tick=False)
def test_an_editorial_remark_goes_to_the_timeline_with_its_author(writer):
    message = draft()
    post_change(client_for(writer), message, remark="Check the quote with the attaché.")
    event = message.events.get(action=Action.REMARK)
    assert (event.user, event.note, event.at) == (writer, "Check the quote with the attaché.", NOW)


@time_machine.travel(NOW, tick=False)
def test_only_a_published_message_can_be_withdrawn(editor):
    message = draft()
    response = post_change(client_for(editor), message, status="withdrawn",
                           withdrawal_explanation="Why not.")
    assert "Only a published message can be withdrawn." in errors_of(response)


@time_machine.travel(NOW, tick=False)
def test_a_writer_may_not_make_preview_links(writer):
    message = draft()
    response = client_for(writer).post(admin_url(Message, "preview_link", message.pk))
    assert response.status_code == 403
    assert not message.events.exists()


@time_machine.travel(NOW, tick=False)
def test_a_scheduled_message_is_taken_back_to_draft_not_withdrawn(editor):
    message = make_message(published_at=NOW + timedelta(hours=1))
    client = client_for(editor)
    response = post_change(client, message, status="withdrawn", withdrawal_explanation="No.")
    assert errors_of(response) == [
        "This message is scheduled and has not appeared yet: take it back to draft instead of "
        "withdrawing it."
    ]
    assert post_change(client, message, status="draft").status_code == 302
    message.refresh_from_db()
    assert message.status == Message.Status.DRAFT


def test_writers_neither_see_nor_set_featured_an_editors_decision(writer, editor):
    featured = draft(title="Featured draft", featured=True)
    plain = draft(title="Plain draft")
    writer_client = client_for(writer)
    for url in (admin_url(Message, "change", plain.pk), admin_url(Message, "add")):
        assert 'name="featured"' not in writer_client.get(url).content.decode()
    assert 'name="featured"' in client_for(editor).get(
        admin_url(Message, "change", plain.pk)).content.decode()

    assert post_change(writer_client, plain, featured="on").status_code == 302
    # The writer's form has no checkbox, so the browser posts none: that is not "unfeature".
    data = change_form_data(featured, lead="A writer's new lead.")
    del data["featured"]
    writer_client.post(admin_url(Message, "change", featured.pk), data)
    plain.refresh_from_db()
    featured.refresh_from_db()
    assert not plain.featured
    assert (featured.featured, featured.lead) == (True, "A writer's new lead.")
