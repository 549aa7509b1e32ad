"""What a save did, said to staff after the change form: "Submitted for review: “…”."."""

from django.utils import timezone
from django.utils.translation import gettext as _

from core.timekeeping import local_time_label

from ..models import Message

Status = Message.Status


def outcome_of(change):
    if change.new_status != change.old_status or change.reschedules:
        what = _status_outcome(change)
    elif change.is_new:
        what = _("Saved as a draft")
    else:
        what = _("Saved")
    return _("%(what)s: “%(title)s”.") % {"what": what, "title": change.message.title}


def _status_outcome(change):
    message = change.message
    status = change.new_status
    if status == Status.SUBMITTED:
        return _("Submitted for review")
    if status == Status.DRAFT:
        return _("Returned to draft") if not change.is_new else _("Saved as a draft")
    if status == Status.WITHDRAWN:
        return _("Withdrawn; its page now shows the withdrawal notice and your explanation")
    when = local_time_label(message.published_at)
    if message.published_at > timezone.now():
        return _("Scheduled for %(when)s") % {"when": when}
    return _("Published at %(when)s") % {"when": when}
