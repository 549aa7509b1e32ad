"""The editorial workflow: which state changes who may make, and what each one records.

draft → submitted (for review) → published; "scheduled" is published with a future
`published_at`. Only a submitted message, published by someone other than its last submitter,
goes out without a written force-publish reason. Once public, a message leaves the site only by
withdrawal, which keeps its page with a notice; a withdrawn message stays withdrawn. Deleting
moves a message to the recycle bin. The admin's forms and actions all go through `check()`
and `save()` here, so a rule holds however a change is made.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.contrib.admin.models import DELETION, LogEntry
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from core.timekeeping import local_time_label

from . import review
from .models import Message, MessageEvent

Status = Message.Status
Action = MessageEvent.Action

# Typing "now" into the form takes a moment; a time this little in the past still means now.
PUBLISH_NOW_GRACE = timedelta(minutes=15)

# Fields a restored revision brings back. The slug stays: the address may have been quoted.
RESTORED_FIELDS = ["kind", "title", "lead", "body", "outlet", "language"]


def may(user, permission):
    return user.has_perm(f"press.{permission}")


def has_appeared(message):
    """Whether its address may have been quoted: its page is reachable (public or withdrawn).

    Judged by the stored row: a form being checked has already changed the instance.
    """
    return message.pk is not None and Message.objects.viewable().filter(pk=message.pk).exists()


@dataclass
class Change:
    """A proposed change of state, before it is saved."""

    old_status: str
    old_published_at: object
    submitted_by_id: int | None
    new_status: str
    new_published_at: object
    force_reason: str = ""
    explanation: str = ""

    @classmethod
    def of(cls, message, old_status, old_published_at, **extra):
        return cls(
            old_status=old_status,
            old_published_at=old_published_at,
            submitted_by_id=message.submitted_by_id,
            new_status=message.status,
            new_published_at=message.published_at,
            explanation=message.withdrawal_explanation,
            **extra,
        )

    @property
    def becomes_published(self):
        return self.new_status == Status.PUBLISHED and self.old_status != Status.PUBLISHED

    @property
    def had_appeared(self):
        """Whether the message was on the public site (or is withdrawn, its page kept)."""
        if self.old_status == Status.WITHDRAWN:
            return True
        return self.old_status == Status.PUBLISHED and self.old_published_at <= timezone.now()

    @property
    def reschedules(self):
        return (
            self.new_status == Status.PUBLISHED
            and self.old_status == Status.PUBLISHED
            and not same_second(self.new_published_at, self.old_published_at)
        )


def same_second(one, other):
    # The form shows seconds, not microseconds: an unchanged time comes back without them.
    if one is None or other is None:
        return one is other
    return one.replace(microsecond=0) == other.replace(microsecond=0)


def check(user, change):
    """Refuse a change the rules forbid: a dict of field name → clear message (empty if fine)."""
    errors = {}
    old, new = change.old_status, change.new_status
    if new != old:
        refusal = _refuse_transition(user, change)
        if refusal:
            # The change cannot be made at all: what else it lacks would only confuse.
            return {"status": refusal}
    if change.had_appeared and not same_second(change.new_published_at, change.old_published_at):
        # The date is in the quoted address, and a later one would take the page off the site.
        errors["published_at"] = (
            "This message has already appeared: its publication time is part of its quoted "
            "address and cannot change."
        )
    elif change.becomes_published or change.reschedules:
        errors.update(_check_publication_time(change.new_published_at))
        if not may(user, "publish_message"):
            errors.setdefault("status", "Only a press editor may publish or schedule messages.")
    review_missing = review.unreviewed_publication(user, change)
    if review_missing and not change.force_reason.strip():
        errors["force_publish_reason"] = review_missing
    if new == Status.WITHDRAWN and old == Status.PUBLISHED and not change.had_appeared:
        # Withdrawing keeps a public page with a notice; what never appeared has no page.
        errors["status"] = (
            "This message is scheduled and has not appeared yet: take it back to draft "
            "instead of withdrawing it."
        )
    if new == Status.WITHDRAWN and old != Status.WITHDRAWN and not change.explanation.strip():
        errors["withdrawal_explanation"] = (
            "Withdrawing a message needs an explanation: the public page shows it "
            "under the withdrawal notice."
        )
    return errors


def _refuse_transition(user, change):
    old, new = change.old_status, change.new_status
    if old == Status.WITHDRAWN:
        # Republishing would re-date it (a new address); a draft would lose the notice.
        return (
            "A withdrawn message stays withdrawn: its page keeps the quoted address with the "
            "withdrawal notice. To publish a corrected version, create a new message."
        )
    if new == Status.SUBMITTED:
        if old != Status.DRAFT:
            return "Only a draft can be submitted for review."
        if not (may(user, "submit_message") or may(user, "publish_message")):
            return "You may not submit messages for review."
    elif new == Status.DRAFT:
        if change.had_appeared:
            return (
                "This message is public: it can leave the public site only by withdrawal, "
                "which keeps its page with a dated notice and your explanation. Set its "
                "status to “Withdrawn” and give the explanation."
            )
        if old != Status.SUBMITTED and not may(user, "publish_message"):
            return "Only a press editor may take a published message back to draft."
    elif new == Status.WITHDRAWN:
        if old != Status.PUBLISHED:
            return "Only a published message can be withdrawn."
        if not may(user, "withdraw_message"):
            return "Only a press editor may withdraw messages."
    return None


def _check_publication_time(published_at):
    if published_at is None:
        return {"published_at": "A published message needs a publication date and time."}
    if published_at < timezone.now() - PUBLISH_NOW_GRACE:
        return {
            "published_at": (
                f"{local_time_label(published_at)} has already passed. Choose a time in the "
                "future to schedule the message, or the current time to publish it now."
            )
        }
    return {}


def save(message, user, *, old_status, old_published_at, created=False, force_reason="",
         change_note="", remark=""):
    """Save a checked change: keep the bookkeeping fields true and record the timeline."""
    change = Change.of(message, old_status, old_published_at, force_reason=force_reason)
    now = timezone.now()
    events = []
    if created:
        message.created_by = user
        events.append((Action.CREATED, ""))
    if message.status != old_status:
        events.extend(_enter_status(message, user, change, now))
    elif change.reschedules:
        when = local_time_label(message.published_at)
        events.append((Action.SCHEDULED, f"Rescheduled for {when}"))
    if change_note:
        events.append((Action.CHANGE_NOTE, change_note))
    if remark:
        events.append((Action.REMARK, remark))
    message.updated_by = user
    # The revision list shows why a revision was made, where there is a reason.
    message._change_reason = force_reason or change_note or ""
    with transaction.atomic():
        message.save()
        MessageEvent.objects.bulk_create(
            MessageEvent(message=message, action=action, note=note, user=user, at=now)
            for action, note in events
        )
    return message


def _enter_status(message, user, change, now):
    status = message.status
    if status == Status.SUBMITTED:
        # Kept through a return to draft: the last submitter (see review.py).
        message.submitted_by = user
        return [(Action.SUBMITTED, "")]
    if status == Status.DRAFT:
        return [(Action.RETURNED_TO_DRAFT, "")]
    if status == Status.WITHDRAWN:
        message.withdrawn_at = now
        return [(Action.WITHDRAWN, message.withdrawal_explanation)]
    message.withdrawn_at = None
    events = []
    if change.force_reason.strip() and review.unreviewed_publication(user, change):
        events.append((Action.FORCE_PUBLISHED, change.force_reason.strip()))
    if message.published_at > now:
        events.append((Action.SCHEDULED, f"For {local_time_label(message.published_at)}"))
    else:
        events.append((Action.PUBLISHED, ""))
    return events


def transition(message, user, status, **kwargs):
    """Move one message to `status` (the admin actions): raises ValidationError if refused."""
    old_status, old_published_at = message.status, message.published_at
    if old_status == status:
        raise ValidationError(f"It is already {Status(status).label.lower()}.")
    message.status = status
    # "Publish" from a list means now, unless a time in the future is already set.
    if (
        status == Status.PUBLISHED
        and old_status != Status.PUBLISHED
        and (message.published_at is None or message.published_at <= timezone.now())
    ):
        message.published_at = timezone.now().replace(microsecond=0)
    errors = check(user, Change.of(message, old_status, old_published_at,
                                   force_reason=kwargs.get("force_reason", "")))
    if errors:
        message.status, message.published_at = old_status, old_published_at
        if "force_publish_reason" in errors:
            errors["force_publish_reason"] += (
                " A list action cannot take a reason: open the message to give one."
            )
        raise ValidationError(list(errors.values()))
    return save(message, user, old_status=old_status, old_published_at=old_published_at, **kwargs)


def move_to_bin(message, user):
    if not user.has_perm("press.delete_message"):
        raise PermissionDenied
    message.deleted_at = timezone.now()
    message.updated_by = user
    with transaction.atomic():
        message.save()
        _record(message, Action.DELETED, user)


def restore_from_bin(message, user):
    """Back from the recycle bin as a draft: it never goes public again by itself."""
    if not may(user, "restore_message"):
        raise PermissionDenied
    message.deleted_at = None
    message.status = Status.DRAFT
    message.updated_by = user
    with transaction.atomic():
        message.save()
        _record(message, Action.RESTORED, user)


def purge(message, user):
    """Gone for good: only from the recycle bin, only by an editor.

    Its revisions go too (they hold its full text); its timeline goes with it, so the purge
    itself is recorded in the admin's log (LogEntry), which is not tied to the message row.
    """
    if not may(user, "purge_message") or message.deleted_at is None:
        raise PermissionDenied
    with transaction.atomic():
        LogEntry.objects.log_actions(
            user.pk, [message], DELETION, single_object=True,
            change_message=f"Purged for good from the recycle bin: message {message.pk}, "
                           f"“{message.title}”.",
        )
        message.history.all().delete()
        message.delete()


def restore_refusal(message):
    """Why a revision cannot be restored onto this message, or None."""
    if message.status == Status.WITHDRAWN:
        return (
            "A withdrawn message stays withdrawn, so no revision can be restored onto it. "
            "Copy the text you need into a new message."
        )
    if message.is_public:
        # Restoring makes a draft and never publishes; a public page must not vanish.
        return (
            "This message is public: restoring a revision would take its page off the site. "
            "Edit it instead (as a major change, with a note), copying from the "
            "differences, or copy the text into a new message."
        )
    return None


def restore_revision(message, revision, user):
    """Bring back an earlier revision's text as a new draft revision; never publishes.
    Refused (ValidationError) for a public or withdrawn message: see restore_refusal."""
    if not may(user, "restore_message"):
        raise PermissionDenied
    refusal = restore_refusal(message)
    if refusal:
        raise ValidationError(refusal)
    for field in RESTORED_FIELDS:
        setattr(message, field, getattr(revision, field))
    message.status = Status.DRAFT
    message.updated_by = user
    note = f"Revision {revision.history_id} of {local_time_label(revision.history_date)}"
    message._change_reason = f"Restored {note}"
    with transaction.atomic():
        message.save()
        _record(message, Action.REVISION_RESTORED, user, note)


def new_preview_link_generation(message, user):
    """Revoke every share-preview link handed out so far (the next one is a new generation)."""
    if not may(user, "publish_message"):
        raise PermissionDenied
    # A plain UPDATE: a new link is not an edit, so it keeps no revision and bumps no version.
    Message.objects.filter(pk=message.pk).update(
        preview_generation=message.preview_generation + 1
    )
    message.preview_generation += 1
    _record(message, Action.PREVIEW_LINK, user)


def stale_edit(message_pk, loaded_version):
    """Whose save came in since the form was opened, or None.

    Locks the row (`select_for_update`) so that the check and the save that follows, inside
    the admin's transaction, are one step: on PostgreSQL a concurrent save waits, then sees
    the new version and is refused.
    """
    current = (
        Message.objects.select_for_update(of=("self",))
        .select_related("updated_by")
        .only("version", "updated_at", "updated_by__username")
        .get(pk=message_pk)
    )
    if loaded_version is not None and current.version == loaded_version:
        return None
    return current


def stale_edit_message(current):
    who = current.updated_by.get_username() if current.updated_by else "someone"
    return (
        f"This message was changed by {who} at {local_time_label(current.updated_at)} since you "
        "opened it. Your text is kept below: compare it with theirs (History), then save "
        "again to replace their version."
    )


def _record(message, action, user, note=""):
    return MessageEvent.objects.create(
        message=message, action=action, user=user, note=note, at=timezone.now()
    )
