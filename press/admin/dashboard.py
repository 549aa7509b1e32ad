"""The press desk: what waits for each member of the press staff, on the admin's index page.

Four short lists, each linking to the message's change form and to the whole list in the
changelist: waiting for review (oldest submission first, with the submitter and their remark),
scheduled (soonest first, in the home zone and the header's other clocks), my drafts, and
recently published. Each list is one query, whatever the archive's size.
"""

from dataclasses import dataclass

from django.db.models import OuterRef, Subquery
from django.urls import reverse
from django.utils.translation import gettext as _

from core.timekeeping import local_time_label, same_instant_elsewhere

from ..models import Message, MessageEvent
from ..models.states import State, state_filter
from .filters import written_by
from .forms import hint_zones

Action = MessageEvent.Action
SHOWN = 10  # entries per list; the "all" link opens the rest in the changelist


@dataclass
class DeskList:
    key: str
    title: str
    entries: list
    all_url: str
    empty: str


def _latest_event(action, column):
    return Subquery(
        MessageEvent.objects.filter(message=OuterRef("pk"), action=action)
        .order_by("-at", "-id").values(column)[:1]
    )


def _changelist(query):
    return f"{reverse('admin:press_message_changelist')}?{query}"


def _messages():
    return Message.objects.not_deleted().only(
        "title", "kind", "status", "published_at", "updated_at", "submitted_by__username",
        "created_by__username",
    ).select_related("submitted_by", "created_by")


def waiting_for_review():
    return list(
        _messages().filter(state_filter(State.SUBMITTED))
        .annotate(
            submitted_at=_latest_event(Action.SUBMITTED, "at"),
            remark=_latest_event(Action.REMARK, "note"),
        )
        .order_by("submitted_at", "id")[:SHOWN]
    )


def scheduled():
    messages = list(_messages().filter(state_filter(State.SCHEDULED))
                    .order_by("published_at", "id")[:SHOWN])
    zones = hint_zones()
    for message in messages:
        message.when = local_time_label(message.published_at)
        message.elsewhere = same_instant_elsewhere(message.published_at, zones)
    return messages


def my_drafts(user):
    return list(_messages().filter(state_filter(State.DRAFT)).filter(written_by(user))
                .order_by("-updated_at", "-id")[:SHOWN])


def recently_published():
    return list(_messages().filter(state_filter(State.PUBLIC))
                .order_by("-published_at", "-id")[:SHOWN])


def desk_for(user):
    """The desk's lists for `user`, or None if they are not press staff."""
    if not user.has_perm("press.view_message"):
        return None
    return [
        DeskList("review", _("Waiting for review"), waiting_for_review(),
                 _changelist("state=submitted"), _("Nothing is waiting for review.")),
        DeskList("scheduled", _("Scheduled"), scheduled(),
                 _changelist("state=scheduled"), _("Nothing is scheduled.")),
        DeskList("drafts", _("My drafts"), my_drafts(user),
                 _changelist("state=draft&mine=yes"), _("You have no drafts.")),
        DeskList("published", _("Recently published"), recently_published(),
                 _changelist("state=public"), _("Nothing has been published yet.")),
    ]
