"""The one definition of each state a message can be in, for a row in memory and for queries.

`status` is what staff set; the state is what that means at a given instant: a published
message whose time has not come is *scheduled*, one in the recycle bin is *binned* whatever its
status. `state_of()` decides it for one message; `MessageQuerySet` (models/messages.py) asks
the same questions of the database with `STATE_FILTERS`, and a test checks the two agree.
"""

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted for review")
    PUBLISHED = "published", _("Published")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class State(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted for review")
    SCHEDULED = "scheduled", _("Scheduled")
    PUBLIC = "public", _("Published")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    BINNED = "binned", _("In the recycle bin")


# Its address may have been quoted: its page is (or was) on the public site.
APPEARED = {State.PUBLIC, State.WITHDRAWN}
# Not yet public, so it has a share preview rather than a page.
PREVIEWABLE = {State.DRAFT, State.SUBMITTED, State.SCHEDULED}


def state_of(status, published_at, deleted_at=None, now=None):
    if deleted_at is not None:
        return State.BINNED
    if status == Status.PUBLISHED:
        now = now or timezone.now()
        return State.SCHEDULED if published_at > now else State.PUBLIC
    return State(status)


def state_filter(state, now=None):
    """A Q matching the rows in `state` at `now`: state_of() as the database asks it."""
    now = now or timezone.now()
    kept = Q(deleted_at__isnull=True)
    return {
        State.BINNED: Q(deleted_at__isnull=False),
        State.PUBLIC: kept & Q(status=Status.PUBLISHED, published_at__lte=now),
        State.SCHEDULED: kept & Q(status=Status.PUBLISHED, published_at__gt=now),
        State.DRAFT: kept & Q(status=Status.DRAFT),
        State.SUBMITTED: kept & Q(status=Status.SUBMITTED),
        State.WITHDRAWN: kept & Q(status=Status.WITHDRAWN),
    }[state]
