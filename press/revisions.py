"""Revisions kept by django-simple-history: what changed between two, and restoring one.

simple-history's `diff_against()` finds the changed fields; this module only says them as staff
read them (labels, home-zone times, a line diff for text). Its own history admin is not used:
its "revert" saves a revision back directly, around the workflow, which must keep a public
message's page and make a restored text a draft.
"""

import difflib
from datetime import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext as _

from core.timekeeping import local_time_label

from .models import Message, MessageEvent
from .models.messages import REVISIONS
from .workflow import commit, may

# The fields staff edit, in form order; a revision's differences are shown for these.
TRACKED_FIELDS = [
    "kind", "title", "slug", "lead", "body", "status", "published_at", "featured", "outlet",
    "language", "withdrawal_explanation", "categories", "people",
]
# Kept by simple-history as rows of their own (HistoricalRecords' m2m_fields).
LIST_FIELDS = {"categories": "category", "people": "person"}
TEXT_FIELDS = {"title", "lead", "body", "withdrawal_explanation"}
# Fields a restored revision brings back. The slug stays: the address may have been quoted.
RESTORED_FIELDS = ["kind", "title", "lead", "body", "outlet", "language"]


def _label(name):
    return Message._meta.get_field(name).verbose_name


def revisions_of(message):
    """Newest first, each with `changed_fields` (labels, against the revision before it)."""
    revisions = list(
        message.history.select_related("history_user").order_by("-history_date", "-history_id")
    )
    for newer, older in zip(revisions, [*revisions[1:], None], strict=True):
        changed = (
            set(TRACKED_FIELDS) if older is None
            else set(newer.diff_against(older, included_fields=TRACKED_FIELDS).changed_fields)
        )
        newer.changed_fields = [_label(name) for name in TRACKED_FIELDS if name in changed]
    return revisions


def differences(before, after):
    """One entry per changed field, from revision `before` to revision `after` (in either order
    of time: a restore shows the current text becoming an older one): its name, both values,
    and for text a line diff."""
    delta = after.diff_against(before, included_fields=TRACKED_FIELDS, foreign_keys_are_objs=True)
    by_field = {change.field: change for change in delta.changes}
    return [_difference(name, by_field[name].old, by_field[name].new)
            for name in TRACKED_FIELDS if name in by_field]


def _difference(name, before, after):
    lines = None
    if name in TEXT_FIELDS:
        lines = [
            {"sign": line[0], "text": line[2:]}
            for line in difflib.ndiff((before or "").splitlines(), (after or "").splitlines())
            if not line.startswith("?")
        ]
    return {"field": _label(name), "before": _shown(name, before), "after": _shown(name, after),
            "lines": lines}


def _shown(name, value):
    """A value as staff read it: times in the home zone, choices by their label."""
    if name in LIST_FIELDS:
        # Rows of the list as it was: {"message": …, "category": <Category>}.
        return ", ".join(sorted(str(row[LIST_FIELDS[name]]) for row in value)) or "—"
    if isinstance(value, datetime):
        return local_time_label(value)
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    choices = dict(Message._meta.get_field(name).flatchoices)
    return choices.get(value, value)


def restore_refusal(message):
    """Why a revision cannot be restored onto this message, or None."""
    if message.stored_state == Message.State.WITHDRAWN:
        return _(
            "A withdrawn message stays withdrawn, so no revision can be restored onto it. "
            "Copy the text you need into a new message."
        )
    if message.stored_state == Message.State.PUBLIC:
        # Restoring makes a draft and never publishes; a public page must not vanish.
        return _(
            "This message is public: restoring a revision would take its page off the site. "
            "Edit it instead (as a major change, with a note), copying from the "
            "differences, or copy the text into a new message."
        )
    return None


def restore_revision(message, revision, user):
    """Bring back an earlier revision's text as a new draft revision; never publishes.

    Refused (ValidationError) for a public or withdrawn message: see restore_refusal.
    """
    if not may(user, "restore_message"):
        raise PermissionDenied
    refusal = restore_refusal(message)
    if refusal:
        raise ValidationError(refusal)
    for name in RESTORED_FIELDS:
        setattr(message, name, getattr(revision, name))
    message.status = Message.Status.DRAFT
    note = _("Revision %(number)s of %(date)s") % {
        "number": revision.history_id, "date": local_time_label(revision.history_date),
    }
    message._change_reason = _("Restored %(revision)s") % {"revision": note}
    commit(message, user, [(MessageEvent.Action.REVISION_RESTORED, note)])


def classification_saved(message):
    """Have the revision the message's last save made record its categories and people.

    The admin saves them after the message (they need its row); simple-history would otherwise
    keep the lists as they were before, and a revision more for each list the form saves.
    """
    revision = message.history.first()
    if revision is None:
        return
    for field in revision._history_m2m_fields:
        getattr(revision, field.name).all().delete()
    REVISIONS.create_historical_record_m2ms(revision, message)
