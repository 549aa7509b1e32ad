"""A message that has appeared is never deleted, by any path.

Its address may have been quoted, so it leaves the public site only by withdrawal, which keeps
its page with a dated notice. Deleting it (to the recycle bin, or for good) would turn that
address into a 404. Only messages that never appeared — drafts, submitted, scheduled — go to
the recycle bin.

The rule holds at every level: the admin's delete button, its "Delete selected" action and
its delete page ask `refusal()` (press/admin/deletion.py); the workflow's `move_to_bin` and
`purge` ask it; and a `pre_delete` guard refuses `Message.delete()` and `QuerySet.delete()`
themselves, so no other code can get round it.
"""

from django.core.exceptions import ValidationError
from django.db.models import Q
from django.db.models.signals import pre_delete
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import APPEARED, Message, Status, state_of

PUBLIC_REFUSAL = _(
    "“%(title)s” has appeared on the public site, and its address may have been quoted, so it "
    "cannot be deleted. To take it off the site, withdraw it: open it, set its status to "
    "“Withdrawn” and give the explanation; its page then stays with a dated withdrawal notice."
)
WITHDRAWN_REFUSAL = _(
    "“%(title)s” was withdrawn: its page keeps its quoted address with the withdrawal notice, "
    "so it cannot be deleted."
)


class DeletionRefused(ValidationError):
    """Deleting a message that has appeared; the message says why and what to do instead."""


def _candidates():
    # The rows whose state (models/states.py) may be one of APPEARED; state_of() decides.
    return Q(status=Status.WITHDRAWN) | Q(status=Status.PUBLISHED, published_at__lte=timezone.now())


def refusals(messages):
    """Why each of `messages` (a queryset or a list) may not be deleted: a list of sentences,
    empty if all may be. One query, read from the stored rows, not from edited instances.

    The state is judged without the recycle bin: a row binned before this rule existed had
    appeared all the same.
    """
    keys = [m.pk for m in messages] if isinstance(messages, list | tuple) else messages.values("pk")
    rows = (
        Message._base_manager.filter(pk__in=keys).filter(_candidates())
        .order_by("-published_at").values_list("title", "status", "published_at")
    )
    return [
        (WITHDRAWN_REFUSAL if status == Status.WITHDRAWN else PUBLIC_REFUSAL) % {"title": title}
        for title, status, published_at in rows
        if state_of(status, published_at) in APPEARED
    ]


def refusal(message):
    """Why `message` may not be deleted, or None."""
    if message.pk is None:
        return None
    found = refusals([message])
    return found[0] if found else None


def refuse_if_appeared(message):
    reason = refusal(message)
    if reason:
        raise DeletionRefused(reason, code="appeared")


def _guard(sender, instance, **kwargs):
    refuse_if_appeared(instance)


def guard_every_delete(message_models):
    """Connect the guard for Message and its proxies (a delete is sent with the proxy)."""
    for model in message_models:
        pre_delete.connect(_guard, sender=model, dispatch_uid=f"deletion-guard:{model._meta.label}")
