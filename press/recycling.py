"""The recycle bin: deleting moves a message there; editors restore it as a draft or purge it."""

from django.contrib.admin.models import DELETION, LogEntry
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from . import deletion
from .models import Message, MessageEvent
from .workflow import commit, may

Action = MessageEvent.Action


def move_to_bin(message, user):
    """Only a message that never appeared goes to the bin (press/deletion.py)."""
    if not user.has_perm("press.delete_message"):
        raise PermissionDenied
    deletion.refuse_if_appeared(message)
    message.deleted_at = timezone.now()
    commit(message, user, [(Action.DELETED, "")])


def restore_from_bin(message, user):
    """Back from the recycle bin as a draft: it never goes public again by itself.

    A message that had appeared (binned before press/deletion.py refused it) goes back to its
    page as it was: a draft would lose its quoted address for good.
    """
    if not may(user, "restore_message"):
        raise PermissionDenied
    message.deleted_at = None
    if not deletion.refusal(message):
        message.status = Message.Status.DRAFT
    commit(message, user, [(Action.RESTORED, "")])


def purge(message, user):
    """Gone for good: only from the recycle bin, only by an editor.

    Its revisions go too (they hold its full text); its timeline goes with it, so the purge
    itself is recorded in the admin's log (LogEntry), which is not tied to the message row.
    """
    if not may(user, "purge_message") or message.deleted_at is None:
        raise PermissionDenied
    deletion.refuse_if_appeared(message)
    with transaction.atomic():
        LogEntry.objects.log_actions(
            user.pk, [message], DELETION, single_object=True,
            change_message=_(
                "Purged for good from the recycle bin: message %(id)s, “%(title)s”."
            ) % {"id": message.pk, "title": message.title},
        )
        message.history.all().delete()
        message.delete()
