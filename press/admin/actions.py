"""Changelist actions: each moves the selected messages through the workflow's rules."""

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from .. import workflow
from ..models import Message

Status = Message.Status


def refusal_of(error):
    """What to tell staff about one message the workflow refused (or a race spoiled)."""
    return " ".join(error.messages)


class PerMessageActionsMixin:
    def apply_each(self, request, queryset, change, done):
        """`change(message)` for each selected message; refusals are reported per message.

        `done(count)` says what happened to `count` messages ("3 messages published.").

        Row by row rather than queryset.update(): each save is checked, keeps a revision and
        a timeline entry; the number of selected rows is bounded by the page size.
        """
        changed = 0
        for message in queryset:
            try:
                change(message)
            except ValidationError as error:
                self.message_user(
                    request,
                    _("“%(message)s”: %(refusal)s") % {
                        "message": message, "refusal": refusal_of(error),
                    },
                    messages.ERROR,
                )
            else:
                changed += 1
        if changed:
            self.message_user(request, done(changed), messages.SUCCESS)


class WorkflowActionsMixin(PerMessageActionsMixin):
    actions = ["submit", "publish", "return_to_draft", "feature", "unfeature"]

    def has_submit_permission(self, request):
        return workflow.may(request.user, "submit_message")

    def has_publish_permission(self, request):
        return workflow.may(request.user, "publish_message")

    def _transition_each(self, request, queryset, status, done):
        self.apply_each(
            request, queryset,
            lambda message: workflow.transition(message, request.user, status), done,
        )

    @admin.action(
        description=gettext_lazy("Submit selected drafts for review"), permissions=["submit"]
    )
    def submit(self, request, queryset):
        self._transition_each(request, queryset, Status.SUBMITTED, lambda count: ngettext(
            "%(count)d message submitted for review.",
            "%(count)d messages submitted for review.", count,
        ) % {"count": count})

    @admin.action(description=gettext_lazy(
        "Publish selected submitted messages (now, unless a future time is set)"
    ), permissions=["publish"])
    def publish(self, request, queryset):
        self._transition_each(request, queryset, Status.PUBLISHED, lambda count: ngettext(
            "%(count)d message published.", "%(count)d messages published.", count,
        ) % {"count": count})

    @admin.action(
        description=gettext_lazy("Take selected messages back to draft (not yet public ones)"),
        permissions=["publish"],
    )
    def return_to_draft(self, request, queryset):
        self._transition_each(request, queryset, Status.DRAFT, lambda count: ngettext(
            "%(count)d message returned to draft.", "%(count)d messages returned to draft.",
            count,
        ) % {"count": count})

    def _set_featured(self, request, queryset, featured, done):
        def set_featured(message):
            message.featured = featured
            workflow.save(workflow.Change(message, request.user))

        self.apply_each(request, queryset, set_featured, done)

    @admin.action(
        description=gettext_lazy("Feature selected messages on the home page"),
        permissions=["publish"],
    )
    def feature(self, request, queryset):
        self._set_featured(request, queryset, True, lambda count: ngettext(
            "%(count)d message featured.", "%(count)d messages featured.", count,
        ) % {"count": count})

    @admin.action(
        description=gettext_lazy("Stop featuring selected messages"), permissions=["publish"]
    )
    def unfeature(self, request, queryset):
        self._set_featured(request, queryset, False, lambda count: ngettext(
            "%(count)d message no longer featured.", "%(count)d messages no longer featured.",
            count,
        ) % {"count": count})
