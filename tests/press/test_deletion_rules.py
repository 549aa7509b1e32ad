"""No path deletes a message that has appeared (public, or withdrawn): its quoted address must
keep answering. Only messages that never appeared go to the recycle bin.

Checked where the decision is made — the admin's permissions with the object, the "Delete
selected" action's own check, the workflow, the model — not only through pages.
"""

from datetime import timedelta

import pytest
from django.contrib import admin
from django.contrib.admin.actions import delete_selected
from django.contrib.messages.storage.fallback import FallbackStorage
from django.db import transaction
from django.test import RequestFactory
from django.utils import timezone

from press import recycling
from press.deletion import DeletionRefused
from press.models import KIND_PROXIES, DeletedMessage, Message
from tests.factories import make_message
from tests.press.admin_helpers import admin_url, client_for

pytestmark = pytest.mark.django_db

Status = Message.Status
MESSAGE_ADMINS = [Message, *KIND_PROXIES]


def messages_in_every_state(kind=Message.Kind.STATEMENT):
    hour = timedelta(hours=1)
    return {
        "draft": make_message(kind=kind, status=Status.DRAFT),
        "submitted": make_message(kind=kind, status=Status.SUBMITTED),
        "scheduled": make_message(kind=kind, published_at=timezone.now() + hour),
        "public": make_message(kind=kind, published_at=timezone.now() - hour),
        "withdrawn": make_message(kind=kind, status=Status.WITHDRAWN,
                                  published_at=timezone.now() - hour,
                                  withdrawal_explanation="Superseded."),
    }


NEVER_APPEARED = ["draft", "submitted", "scheduled"]
APPEARED = ["public", "withdrawn"]


def request_by(user, method="get", data=None):
    request = getattr(RequestFactory(), method)("/admin/", data or {})
    request.user = user
    request.session = {}
    request._messages = FallbackStorage(request)
    return request


@pytest.mark.parametrize("model", MESSAGE_ADMINS, ids=lambda model: model.__name__)
def test_the_admin_may_delete_only_what_never_appeared(editor, model):
    states = messages_in_every_state(model.proxy_kind or Message.Kind.STATEMENT)
    model_admin = admin.site._registry[model]
    request = request_by(editor)

    allowed = {
        state for state, message in states.items()
        if model_admin.has_delete_permission(request, model.objects.get(pk=message.pk))
    }

    assert allowed == set(NEVER_APPEARED)
    assert model_admin.has_delete_permission(request)  # drafts can still be deleted


def test_delete_selected_refuses_the_whole_selection_and_names_what_appeared(editor):
    states = messages_in_every_state()
    model_admin = admin.site._registry[Message]
    selection = Message.objects.filter(pk__in=[message.pk for message in states.values()])

    _, _, perms_needed, protected = model_admin.get_deleted_objects(selection, request_by(editor))

    assert perms_needed == set()
    assert len(protected) == 2
    assert all("withdraw" in reason for reason in protected)

    response = delete_selected(model_admin, request_by(editor, "post", {"post": "yes"}), selection)

    assert response.status_code == 200  # the refusal page, not a deletion
    assert not Message.objects.deleted().exists()
    page = response.render().content.decode()
    assert "None of the selected messages was deleted." in page
    assert f"“{states['public'].title}” has appeared on the public site" in page


def test_delete_selected_bins_a_selection_of_messages_that_never_appeared(editor):
    states = messages_in_every_state()
    pks = [states[state].pk for state in NEVER_APPEARED]

    client_for(editor).post(admin_url(Message, "changelist"), {
        "action": "delete_selected", "post": "yes", "_selected_action": pks,
    })

    assert set(DeletedMessage.objects.values_list("pk", flat=True)) == set(pks)


@pytest.mark.parametrize("state", APPEARED)
def test_the_delete_page_sends_the_editor_back_to_withdraw_instead(editor, state):
    message = messages_in_every_state()[state]
    client = client_for(editor)

    for response in [client.get(admin_url(Message, "delete", message.pk), follow=True),
                     client.post(admin_url(Message, "delete", message.pk), {"post": "yes"},
                                 follow=True)]:
        assert response.redirect_chain[0][0] == admin_url(Message, "change", message.pk)
        assert "cannot be deleted" in response.content.decode()

    message.refresh_from_db()
    assert message.deleted_at is None


def test_the_change_form_of_a_public_message_offers_no_delete_link(editor):
    states = messages_in_every_state()
    client = client_for(editor)

    public_form = client.get(admin_url(Message, "change", states["public"].pk)).content.decode()
    draft_form = client.get(admin_url(Message, "change", states["draft"].pk)).content.decode()

    assert admin_url(Message, "delete", states["public"].pk) not in public_form
    assert admin_url(Message, "delete", states["draft"].pk) in draft_form


@pytest.mark.parametrize("state", APPEARED)
def test_the_workflow_refuses_to_bin_what_appeared_and_says_to_withdraw(editor, state):
    message = messages_in_every_state()[state]

    with pytest.raises(DeletionRefused) as refused:
        recycling.move_to_bin(message, editor)

    assert "cannot be deleted" in refused.value.messages[0]
    message.refresh_from_db()
    assert message.deleted_at is None


@pytest.mark.parametrize("state", NEVER_APPEARED)
def test_the_workflow_bins_what_never_appeared(editor, state):
    message = messages_in_every_state()[state]

    recycling.move_to_bin(message, editor)

    assert DeletedMessage.objects.filter(pk=message.pk).exists()


def refused_delete(delete):
    # The refusal comes from inside Django's delete transaction; a savepoint keeps the test's
    # own transaction usable after it.
    with pytest.raises(DeletionRefused), transaction.atomic():
        delete()


@pytest.mark.parametrize("state", APPEARED)
def test_the_model_refuses_to_delete_what_appeared_by_any_call(state):
    message = messages_in_every_state()[state]

    refused_delete(message.delete)
    refused_delete(Message.objects.filter(pk=message.pk).delete)
    refused_delete(Message.objects.all().delete)  # one such message refuses the whole batch
    edited = Message.objects.get(pk=message.pk)
    edited.status = Status.DRAFT
    refused_delete(edited.delete)  # judged by the stored row, not by an edited instance

    assert Message.objects.count() == 5


@pytest.mark.parametrize("proxy", [*KIND_PROXIES, DeletedMessage], ids=lambda p: p.__name__)
def test_every_proxy_is_guarded_too(proxy):
    message = make_message(kind=proxy.proxy_kind or Message.Kind.STATEMENT)
    if proxy is DeletedMessage:
        Message.objects.filter(pk=message.pk).update(deleted_at=timezone.now())

    refused_delete(proxy.objects.get(pk=message.pk).delete)
    refused_delete(proxy.objects.all().delete)

    assert Message.objects.filter(pk=message.pk).exists()


def test_the_model_deletes_a_message_that_never_appeared():
    message = make_message(status=Status.DRAFT)

    message.delete()

    assert not Message.objects.exists()


def binned_after_appearing():
    """A row binned before this rule existed: it had appeared."""
    message = make_message(title="Binned before the rule")
    Message.objects.filter(pk=message.pk).update(deleted_at=timezone.now())
    return DeletedMessage.objects.get(pk=message.pk)


def test_the_bin_refuses_to_purge_a_message_that_had_appeared(editor):
    message = binned_after_appearing()

    response = client_for(editor).post(admin_url(DeletedMessage, "changelist"), {
        "action": "purge", "_selected_action": [message.pk],
    }, follow=True)

    assert "“Binned before the rule” has appeared on the public site" in (
        response.content.decode()
    )
    assert DeletedMessage.objects.filter(pk=message.pk).exists()
    with pytest.raises(DeletionRefused):
        recycling.purge(message, editor)


def test_restoring_a_message_that_had_appeared_brings_its_page_back(client, editor):
    message = binned_after_appearing()
    assert client.get(message.get_absolute_url()).status_code == 404

    recycling.restore_from_bin(message, editor)

    message.refresh_from_db()
    assert (message.status, message.deleted_at) == (Status.PUBLISHED, None)
    assert client.get(message.get_absolute_url()).status_code == 200
