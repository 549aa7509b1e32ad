"""Changelist actions: each moves the selected messages through the workflow's rules."""

from django.contrib import admin, messages
from django.core.exceptions import ValidationError

from .. import workflow
from ..models import Message

Status = Message.Status


class WorkflowActionsMixin:
    actions = ["submit", "publish", "return_to_draft", "feature", "unfeature"]

    def has_submit_permission(self, request):
        return workflow.may(request.user, "submit_message")

    def has_publish_permission(self, request):
        return workflow.may(request.user, "publish_message")

    def _transition_each(self, request, queryset, status, done):
        # Row by row rather than queryset.update(): each save is checked, keeps a revision and
        # a timeline entry; the number of selected rows is bounded by the page size.
        moved = 0
        for message in queryset:
            try:
                workflow.transition(message, request.user, status)
            except ValidationError as refusal:
                self.message_user(
                    request, f"“{message}”: {' '.join(refusal.messages)}", messages.ERROR
                )
            else:
                moved += 1
        if moved:
            self.message_user(request, f"{moved} message(s) {done}.", messages.SUCCESS)

    @admin.action(description="Submit selected drafts for review", permissions=["submit"])
    def submit(self, request, queryset):
        self._transition_each(request, queryset, Status.SUBMITTED, "submitted for review")

    @admin.action(description="Publish selected messages (now, unless a future time is set)",
                  permissions=["publish"])
    def publish(self, request, queryset):
        self._transition_each(request, queryset, Status.PUBLISHED, "published")

    @admin.action(description="Take selected messages back to draft", permissions=["publish"])
    def return_to_draft(self, request, queryset):
        self._transition_each(request, queryset, Status.DRAFT, "returned to draft")

    def _set_featured(self, request, queryset, featured, done):
        for message in queryset:
            message.featured = featured
            workflow.save(message, request.user, old_status=message.status,
                          old_published_at=message.published_at)
        self.message_user(request, f"{len(queryset)} message(s) {done}.", messages.SUCCESS)

    @admin.action(description="Feature selected messages on the home page", permissions=["publish"])
    def feature(self, request, queryset):
        self._set_featured(request, queryset, True, "featured")

    @admin.action(description="Stop featuring selected messages", permissions=["publish"])
    def unfeature(self, request, queryset):
        self._set_featured(request, queryset, False, "no longer featured")
