"""The recycle bin: deleting is a soft delete; editors restore (as drafts) or purge."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.utils import timezone

from press.models import DeletedMessage, Message, MessageEvent
from tests.factories import make_message
from tests.press.admin_helpers import admin_url, client_for, post_change

pytestmark = pytest.mark.django_db

NOW = datetime(2022, 7, 1, 7, 0, tzinfo=UTC)


def delete_through_the_admin(user, message):
    return client_for(user).post(admin_url(Message, "delete", message.pk), {"post": "yes"})


def test_deleting_moves_a_message_to_the_bin_out_of_the_changelists(editor):
    message = make_message(title="Regrettable statement", status=Message.Status.DRAFT)
    assert delete_through_the_admin(editor, message).status_code == 302

    message.refresh_from_db()  # the row is still there
    assert message.deleted_at is not None
    assert not Message.objects.published().exists()
    client = client_for(editor)
    assert "Regrettable statement" not in client.get(
        admin_url(Message, "changelist")).content.decode()
    assert "Regrettable statement" in client.get(
        admin_url(DeletedMessage, "changelist")).content.decode()
    assert message.events.get().action == MessageEvent.Action.DELETED


def test_the_delete_action_on_the_changelist_also_only_moves_to_the_bin(editor):
    messages = [make_message(status=Message.Status.DRAFT),
                make_message(status=Message.Status.SUBMITTED)]
    client_for(editor).post(admin_url(Message, "changelist"), {
        "action": "delete_selected", "post": "yes",
        "_selected_action": [message.pk for message in messages],
    })
    assert Message.objects.count() == 2
    assert DeletedMessage.objects.count() == 2


def test_an_editor_restores_from_the_bin_as_a_draft(editor):
    message = make_message(title="Restore me", published_at=timezone.now() + timedelta(days=1))
    delete_through_the_admin(editor, message)
    response = client_for(editor).post(admin_url(DeletedMessage, "changelist"), {
        "action": "restore", "_selected_action": [message.pk],
    })
    assert response.status_code == 302
    message.refresh_from_db()
    assert (message.deleted_at, message.status) == (None, Message.Status.DRAFT)
    assert not Message.objects.published().exists()
    assert not DeletedMessage.objects.exists()


def test_only_the_purge_action_removes_a_message_for_good(editor):
    message = make_message(status=Message.Status.DRAFT)
    delete_through_the_admin(editor, message)
    client = client_for(editor)
    assert client.post(admin_url(DeletedMessage, "delete", message.pk),
                       {"post": "yes"}).status_code == 403
    client.post(admin_url(DeletedMessage, "changelist"), {
        "action": "purge", "_selected_action": [message.pk],
    })
    assert not Message.objects.filter(pk=message.pk).exists()


def test_writers_neither_delete_nor_see_the_bin(writer, editor):
    message = make_message(status=Message.Status.DRAFT)
    assert delete_through_the_admin(writer, message).status_code == 403
    delete_through_the_admin(editor, message)
    client = client_for(writer)
    assert client.get(admin_url(DeletedMessage, "changelist")).status_code == 403
    client.post(admin_url(DeletedMessage, "changelist"), {
        "action": "purge", "_selected_action": [message.pk],
    })
    assert Message.objects.filter(pk=message.pk).exists()


def test_the_delete_confirmation_says_the_message_goes_to_the_recycle_bin(editor):
    message = make_message(status=Message.Status.DRAFT)
    page = client_for(editor).get(admin_url(Message, "delete", message.pk)).content.decode()
    assert "Deleting moves it to the recycle bin" in page


def test_a_purge_removes_the_revisions_and_is_logged_with_who_when_and_what(editor):
    from django.contrib.admin.models import DELETION, LogEntry

    from press.models.messages import HistoricalMessage

    kept = make_message(title="Kept statement")
    with time_machine.travel(NOW, tick=False):
        message = make_message(title="Regrettable statement", body="The regrettable words.",
                               status=Message.Status.DRAFT)
        post_change(client_for(editor), message, body="The regrettable words, edited.")
        delete_through_the_admin(editor, message)
        purged_id = message.pk
        assert HistoricalMessage.objects.filter(id=purged_id).count() == 3
        page = client_for(editor).post(admin_url(DeletedMessage, "changelist"), {
            "action": "purge", "_selected_action": [purged_id],
        }, follow=True).content.decode()
    assert "1 message purged for good." in page
    assert not HistoricalMessage.objects.filter(id=purged_id).exists()
    assert not HistoricalMessage.objects.filter(body__contains="regrettable").exists()
    assert not MessageEvent.objects.filter(message_id=purged_id).exists()
    assert kept.history.count() == 1  # other messages keep theirs

    purge = LogEntry.objects.get(change_message__startswith="Purged")
    assert (purge.user, purge.action_time, purge.action_flag) == (editor, NOW, DELETION)
    assert (purge.object_id, purge.object_repr) == (str(purged_id), "Regrettable statement")
    assert purge.get_change_message() == (
        f"Purged for good from the recycle bin: message {purged_id}, “Regrettable statement”."
    )
