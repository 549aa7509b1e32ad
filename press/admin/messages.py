"""Messages in the admin: "All messages" and one section per kind, through the workflow."""

from django.contrib import admin

from core.timekeeping import local_time_label

from .. import workflow
from ..models import (
    Article,
    Briefing,
    Comment,
    Interview,
    Message,
    PressRelease,
    Speech,
    Statement,
)
from .actions import WorkflowActionsMixin
from .deletion import BinInsteadOfDeleteMixin
from .forms import MessageAdminForm
from .history import EditorialViewsMixin
from .refusals import ReportsRefusalsMixin

Status = Message.Status
State = Message.State

RECORD_FIELDS = ["created_at", "created_by", "updated_at", "updated_by", "submitted_by"]


class MessageAdmin(
    ReportsRefusalsMixin, BinInsteadOfDeleteMixin, EditorialViewsMixin, WorkflowActionsMixin,
    admin.ModelAdmin,
):
    """All messages; the per-kind sections below narrow it to one kind."""

    form = MessageAdminForm
    list_display = ["published_at", "title", "kind", "state", "featured"]
    list_display_links = ["title"]
    list_filter = ["kind", "status", "featured", "categories", "published_at"]
    list_select_related = ["submitted_by"]
    search_fields = ["title", "lead", "body"]
    date_hierarchy = "published_at"
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["categories", "people"]
    readonly_fields = RECORD_FIELDS
    list_per_page = 50

    # What each kind shows beyond the common fields (interviews: outlet and people …).
    extra_fields = ["kind", "people", "outlet"]

    def get_queryset(self, request):
        # Deleted messages are in the recycle bin, not here. The search index (kilobytes a row
        # on PostgreSQL) is never shown, so it is not loaded.
        return super().get_queryset(request).not_deleted().defer("search_document")

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        form.user = request.user
        return form

    def get_fieldsets(self, request, obj=None):
        is_editor = workflow.may(request.user, "publish_message")
        workflow_fields = ["remark"]
        if obj is not None and obj.status == Status.PUBLISHED:
            workflow_fields = ["change_kind", "change_note", *workflow_fields]
        if is_editor:
            workflow_fields.append("force_publish_reason")
        publication = ["status", "published_at", "language"]
        if is_editor:
            # Featuring puts a message at the top of the home page: an editor's decision.
            publication[2:2] = ["featured"]
            publication.append("withdrawal_explanation")
        return [
            (None, {"fields": ["version", "title", "slug", *self.extra_fields, "lead", "body"]}),
            ("Publication", {"fields": publication}),
            ("Classification", {"fields": ["categories"]}),
            ("Review and changes", {"fields": workflow_fields}),
            ("Record", {"classes": ["collapse"], "fields": RECORD_FIELDS}),
        ]

    def get_readonly_fields(self, request, obj=None):
        if obj is not None and obj.has_appeared:
            # Its address may have been quoted: the slug stays (the date too: workflow.check).
            return [*RECORD_FIELDS, "slug"]
        return RECORD_FIELDS

    def get_prepopulated_fields(self, request, obj=None):
        if obj is not None and obj.has_appeared:
            return {}
        return super().get_prepopulated_fields(request, obj)

    @admin.display(description="state", ordering="status")
    def state(self, message):
        state = message.state
        if state == State.SCHEDULED:
            return f"Scheduled for {local_time_label(message.published_at)}"
        if state == State.SUBMITTED and message.submitted_by:
            return f"Submitted by {message.submitted_by.get_username()}"
        return state.label

    def has_change_permission(self, request, obj=None):
        # Writers edit drafts; what is (or was) public is changed by editors only.
        if (
            obj is not None
            and obj.status in (Status.PUBLISHED, Status.WITHDRAWN)
            and not workflow.may(request.user, "publish_message")
        ):
            return False
        return super().has_change_permission(request, obj)

    def save_model(self, request, obj, form, change):
        # The form's validation described the change and had the workflow judge it.
        workflow.save(form.change)


admin.site.register(Message, MessageAdmin)


class KindMessageAdmin(MessageAdmin):
    """One kind's section: the kind is preset by the proxy, so the form does not ask for it."""

    extra_fields = ["people"]


@admin.register(Statement, Comment, Speech, Briefing)
class SpokenMessageAdmin(KindMessageAdmin):
    """Kinds with a speaker: who made the statement, comment, speech or briefing."""


@admin.register(Interview, Article)
class PublishedElsewhereAdmin(KindMessageAdmin):
    """Interviews and articles appeared in an outlet (a newspaper, an agency)."""

    extra_fields = ["people", "outlet"]


@admin.register(PressRelease)
class PressReleaseAdmin(KindMessageAdmin):
    extra_fields = []
