"""The changelist's filters press staff work by: what state a message is in, and "Mine"."""

from django.contrib import admin
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from .. import review
from ..models import MessageEvent
from ..models.states import State, state_filter

# The states the changelist filters by, in the order of the workflow; "binned" has its own list.
STATE_CHOICES = [
    (State.DRAFT, _("Draft")),
    (State.SUBMITTED, _("Waiting for review")),
    (State.SCHEDULED, _("Scheduled")),
    (State.PUBLIC, _("Published")),
    (State.WITHDRAWN, _("Withdrawn")),
]


class StateFilter(admin.SimpleListFilter):
    title = _("state")
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return STATE_CHOICES

    def queryset(self, request, queryset):
        if self.value() in dict(STATE_CHOICES):
            return queryset.filter(state_filter(State(self.value())))
        return queryset


def written_by(user):
    """A Q for the messages `user` wrote part of (review.py's authors)."""
    return Q(created_by=user) | Exists(
        MessageEvent.objects.filter(
            message=OuterRef("pk"), user=user, action__in=review.AUTHORING
        )
    )


class MineFilter(admin.SimpleListFilter):
    title = _("author")
    parameter_name = "mine"

    def lookups(self, request, model_admin):
        return [("yes", _("Mine"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(written_by(request.user))
        return queryset
