"""The editorial workflow: which changes who may make, and what each one records.

draft → submitted (for review) → published; "scheduled" is published with a future
`published_at` (the states are defined once, in models/states.py). Only a submitted message,
published by someone who neither wrote its text nor submitted it, goes out without a written
force-publish reason (review.py). Once public, a message leaves the site only by withdrawal,
which keeps its page with a notice; a withdrawn message stays withdrawn and its text is frozen.
Deleting moves a message to the recycle bin.

One path for every change: whoever proposes it (the change form, a list action, the recycle
bin, a revision restore) describes it as a `Change`, `check()` judges it, and `save()` records
it and saves the message, whose own save is a compare-and-set on its version. A save that loses
a race to a colleague's is refused here, in one place, as `LostRace`.
"""

from dataclasses import dataclass, field
from datetime import timedelta
from functools import cached_property

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.timekeeping import local_time_label

from . import review
from .models import Message, MessageEvent, StaleVersion, Stored

Status = Message.Status
State = Message.State
Action = MessageEvent.Action

# Typing "now" into the form takes a moment; a time this little in the past still means now.
PUBLISH_NOW_GRACE = timedelta(minutes=15)

NEW = Stored(Status.DRAFT, None, None)

# What a withdrawn message keeps as it was when it was withdrawn: its page shows them.
FROZEN_WHEN_WITHDRAWN = frozenset({
    "title", "lead", "body", "withdrawal_explanation", "kind", "outlet", "language",
})
# Timeline entries that link to the differences their save made.
LINKS_TO_REVISION = {Action.TEXT_CHANGED, Action.REVISION_RESTORED}


class LostRace(ValidationError):
    """A colleague's save landed between loading the message and saving it: nothing was done."""

    def __init__(self):
        super().__init__(gettext_lazy(
            "someone changed it at the same moment; nothing was done to it. Try again."
        ), code="lost_race")


class StaleEdit(ValidationError):
    """The editor's form was loaded at an older version than the message now has."""

    def __init__(self, message, current_version):
        super().__init__(message, code="stale")
        self.current_version = current_version


def may(user, permission):
    return user.has_perm(f"press.{permission}")


@dataclass
class Change:
    """A change someone proposes to a message: the instance as it would be saved, judged
    against its stored row (`message.stored`, None for a new message)."""

    message: Message
    user: object
    changed_fields: frozenset = field(default_factory=frozenset)
    # Made in the change form, which was loaded at `loaded_version` (None if its mark is
    # missing or damaged); a list action or the recycle bin works on the row as it is.
    from_form: bool = False
    loaded_version: int | None = None
    force_reason: str = ""
    change_note: str = ""
    remark: str = ""

    def __post_init__(self):
        self.is_new = self.message.stored is None
        self.old = self.message.stored or NEW
        self.had_appeared = self.message.has_appeared

    @property
    def old_status(self):
        return self.old.status

    @property
    def new_status(self):
        return self.message.status

    @property
    def becomes_published(self):
        return self.new_status == Status.PUBLISHED and self.old_status != Status.PUBLISHED

    @property
    def reschedules(self):
        return (
            self.new_status == Status.PUBLISHED
            and self.old_status == Status.PUBLISHED
            and not same_second(self.message.published_at, self.old.published_at)
        )

    @cached_property
    def authors_before(self):
        """Who had written part of the text before this change (review.py), asked once."""
        return review.authors_of(self.message)


def same_second(one, other):
    # The form shows seconds, not microseconds: an unchanged time comes back without them.
    if one is None or other is None:
        return one is other
    return one.replace(microsecond=0) == other.replace(microsecond=0)


def check(change):
    """Refuse a change the rules forbid: {field name: clear message}; empty if it may be saved."""
    if change.from_form and not change.is_new:
        conflict = _edit_conflict(change)
        if conflict:
            return {NON_FIELD_ERRORS: conflict}
    if change.new_status != change.old_status:
        refusal = _refuse_transition(change)
        if refusal:
            # The change cannot be made at all: what else it lacks would only confuse.
            return {"status": refusal}
    if change.old_status == Status.WITHDRAWN and FROZEN_WHEN_WITHDRAWN & change.changed_fields:
        return {NON_FIELD_ERRORS: ValidationError(
            _("This message was withdrawn: its page shows the text, title and explanation as "
              "they were withdrawn, so they can no longer change. Publish a correction as a new "
              "message."), code="frozen",
        )}
    errors = {}
    published_at = change.message.published_at
    if change.had_appeared and not same_second(published_at, change.old.published_at):
        # The date is in the quoted address, and a later one would take the page off the site.
        errors["published_at"] = _(
            "This message has already appeared: its publication time is part of its quoted "
            "address and cannot change."
        )
    elif change.becomes_published or change.reschedules:
        errors.update(_check_publication_time(published_at))
        if not may(change.user, "publish_message"):
            errors.setdefault(
                "status", _("Only a press editor may publish or schedule messages.")
            )
    review_missing = review.unreviewed_publication(change)
    if review_missing and not change.force_reason.strip():
        errors["force_publish_reason"] = review_missing
    withdraws = change.new_status == Status.WITHDRAWN and change.old_status != Status.WITHDRAWN
    if withdraws and not change.message.withdrawal_explanation.strip():
        errors["withdrawal_explanation"] = _(
            "Withdrawing a message needs an explanation: the public page shows it "
            "under the withdrawal notice."
        )
    return errors


def _edit_conflict(change):
    """A StaleEdit if a colleague's save came in since the editor's form was loaded.

    The row is locked (`select_for_update`) so that this check and the save that follows, in
    the admin's transaction, are one step: on PostgreSQL a concurrent save waits, then sees the
    new version and is refused. Without a lock (SQLite) the save's own compare-and-set refuses
    the loser.
    """
    loaded = change.loaded_version
    current = (
        Message.objects.select_for_update(of=("self",))
        .select_related("updated_by")
        .only("version", "updated_at", "updated_by__username")
        .get(pk=change.message.pk)
    )
    if loaded == current.version:
        return None
    if loaded is None or not 0 < loaded < current.version:
        # No form of ours carries this: no colleague's save is to blame.
        return ValidationError(
            _(
                "This form is out of date or damaged (its version mark is missing or wrong), so "
                "nothing was saved. Copy any text you changed, reload the page and make your "
                "change again."
            ),
            code="damaged",
        )
    who = current.updated_by.get_username() if current.updated_by else _("someone")
    return StaleEdit(
        _(
            "This message was changed by %(who)s at %(when)s since you opened it. Your text "
            "is kept below: compare it with theirs (History), then save again to replace "
            "their version."
        ) % {"who": who, "when": local_time_label(current.updated_at)},
        current.version,
    )


def _refuse_transition(change):
    old, new, user = change.old_status, change.new_status, change.user
    if old == Status.WITHDRAWN:
        # Republishing would re-date it (a new address); a draft would lose the notice.
        return _(
            "A withdrawn message stays withdrawn: its page keeps the quoted address with the "
            "withdrawal notice. To publish a corrected version, create a new message."
        )
    if new == Status.SUBMITTED:
        if old != Status.DRAFT:
            return _("Only a draft can be submitted for review.")
        if not (may(user, "submit_message") or may(user, "publish_message")):
            return _("You may not submit messages for review.")
    elif new == Status.DRAFT:
        if change.had_appeared:
            return _(
                "This message is public: it can leave the public site only by withdrawal, "
                "which keeps its page with a dated notice and your explanation. Set its "
                "status to “Withdrawn” and give the explanation."
            )
        if old != Status.SUBMITTED and not may(user, "publish_message"):
            return _("Only a press editor may take a published message back to draft.")
    elif new == Status.WITHDRAWN:
        if old != Status.PUBLISHED:
            return _("Only a published message can be withdrawn.")
        if not may(user, "withdraw_message"):
            return _("Only a press editor may withdraw messages.")
        if not change.had_appeared:
            # Withdrawing keeps a public page with a notice; what never appeared has no page
            # (and so no explanation to give).
            return _(
                "This message is scheduled and has not appeared yet: take it back to draft "
                "instead of withdrawing it."
            )
    return None


def now_if_undated(published_at):
    """"Published" with an empty date means now, in the change form as in the list action."""
    return published_at or timezone.now().replace(microsecond=0)


def _check_publication_time(published_at):
    if published_at is None:
        return {"published_at": _("A published message needs a publication date and time.")}
    if published_at < timezone.now() - PUBLISH_NOW_GRACE:
        return {
            "published_at": _(
                "%(time)s has already passed. Choose a time in the future to schedule the "
                "message, or the current time to publish it now."
            ) % {"time": local_time_label(published_at)}
        }
    return {}


def save(change):
    """Save a checked change: keep the bookkeeping fields true and record the timeline."""
    message = change.message
    events = []
    if change.is_new:
        message.created_by = change.user
        events.append((Action.CREATED, ""))
    message.submitted_by_id = review.submitter_after(change)
    if review.changes_text(change):
        # Its author is now an author of the text (review.py); the entry links to the diff.
        events.append((Action.TEXT_CHANGED, ""))
    if change.new_status != change.old_status:
        events.extend(_enter_status(change))
    elif change.reschedules:
        when = local_time_label(message.published_at)
        events.append((Action.SCHEDULED, _("Rescheduled for %(time)s") % {"time": when}))
    if change.change_note:
        events.append((Action.CHANGE_NOTE, change.change_note))
    if change.remark:
        events.append((Action.REMARK, change.remark))
    # The revision list shows why a revision was made, where there is a reason.
    message._change_reason = change.force_reason or change.change_note or ""
    return commit(message, change.user, events)


def _enter_status(change):
    message, status = change.message, change.new_status
    if status == Status.SUBMITTED:
        return [(Action.SUBMITTED, "")]
    if status == Status.DRAFT:
        return [(Action.RETURNED_TO_DRAFT, "")]
    if status == Status.WITHDRAWN:
        message.withdrawn_at = timezone.now()
        return [(Action.WITHDRAWN, message.withdrawal_explanation)]
    message.withdrawn_at = None
    events = []
    if change.force_reason.strip() and review.unreviewed_publication(change):
        events.append((Action.FORCE_PUBLISHED, change.force_reason.strip()))
    if message.published_at > timezone.now():
        events.append(
            (Action.SCHEDULED, _("For %(time)s") % {"time": local_time_label(message.published_at)})
        )
    else:
        events.append((Action.PUBLISHED, ""))
    return events


def commit(message, user, events):
    """Save the message and its timeline entries together, or refuse a lost race (LostRace).

    Every workflow step saves through here: the one place where a lost race is caught.
    """
    message.updated_by = user
    now = timezone.now()
    try:
        with transaction.atomic():
            message.save()
            revision = None
            if LINKS_TO_REVISION & {action for action, _ in events}:
                revision = message.history.values_list("history_id", flat=True).first()
            MessageEvent.objects.bulk_create(
                MessageEvent(
                    message=message, action=action, note=note, user=user, at=now,
                    revision=revision if action in LINKS_TO_REVISION else None,
                )
                for action, note in events
            )
    except StaleVersion as lost:
        message.refresh_from_db()
        raise LostRace from lost
    return message


def transition(message, user, status, **details):
    """Move one message to `status` (the list actions): raises ValidationError if refused."""
    if message.status == status:
        raise ValidationError(
            _("It is already %(state)s.") % {"state": str(Status(status).label).lower()}
        )
    message.status = status
    if status == Status.PUBLISHED and message.stored.status != Status.PUBLISHED:
        # "Publish" from a list means now, unless a time in the future is already set.
        if message.published_at and message.published_at <= timezone.now():
            message.published_at = None
        message.published_at = now_if_undated(message.published_at)
    change = Change(message, user, **details)
    errors = check(change)
    if errors:
        message.status, message.published_at = message.stored.status, message.stored.published_at
        if "force_publish_reason" in errors:
            errors["force_publish_reason"] += " " + _(
                "A list action cannot take a reason: open the message to give one."
            )
        raise ValidationError(list(errors.values()))
    return save(change)

