"""Messages in the admin: "All messages" and one section per kind, through the workflow."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.utils import timezone

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
    StaleVersion,
    Statement,
)
from .actions import WorkflowActionsMixin
from .forms import MessageAdminForm
from .history import EditorialViewsMixin

Status = Message.Status

RECORD_FIELDS = ["created_at", "created_by", "updated_at", "updated_by", "submitted_by"]


class MessageAdmin(EditorialViewsMixin, WorkflowActionsMixin, admin.ModelAdmin):
    """All messages; the per-kind sections below narrow it to one kind."""

    form = MessageAdminForm
    delete_confirmation_template = "admin/press/message_delete_confirmation.html"
    delete_selected_confirmation_template = "admin/press/message_delete_selected_confirmation.html"
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
        if obj is not None and workflow.has_appeared(obj):
            # Its address may have been quoted: the slug stays (the date too: workflow.check).
            return [*RECORD_FIELDS, "slug"]
        return RECORD_FIELDS

    def get_prepopulated_fields(self, request, obj=None):
        if obj is not None and workflow.has_appeared(obj):
            return {}
        return super().get_prepopulated_fields(request, obj)

    @admin.display(description="state", ordering="status")
    def state(self, message):
        if message.status == Status.PUBLISHED and message.published_at > timezone.now():
            return f"Scheduled for {local_time_label(message.published_at)}"
        if message.status == Status.SUBMITTED and message.submitted_by:
            return f"Submitted by {message.submitted_by.get_username()}"
        return message.get_status_display()

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
        workflow.save(
            obj,
            request.user,
            old_status=form.old_status if change else Status.DRAFT,
            old_published_at=form.old_published_at,
            created=not change,
            force_reason=form.cleaned_data.get("force_publish_reason", "").strip(),
            change_note=form.change_note_to_record,
            remark=form.cleaned_data.get("remark", "").strip(),
        )

    def _lost_race(self, request):
        # Only when a save raced past the form's locked check (SQLite, which has no row
        # locks): nothing was saved; say so rather than fail.
        self.message_user(
            request,
            "Someone saved this message at the same moment; your change was not made. "
            "Your browser's Back button returns to your text.",
            messages.ERROR,
        )
        return HttpResponseRedirect(request.get_full_path())

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except StaleVersion:
            return self._lost_race(request)

    def delete_view(self, request, object_id, extra_context=None):
        try:
            return super().delete_view(request, object_id, extra_context)
        except StaleVersion:
            return self._lost_race(request)

    def changelist_view(self, request, extra_context=None):
        try:  # Django's "Delete selected" action moves each message to the bin
            return super().changelist_view(request, extra_context)
        except StaleVersion:
            return self._lost_race(request)

    # Deleting moves to the recycle bin; only the bin's purge action removes a row.
    def delete_model(self, request, obj):
        workflow.move_to_bin(obj, request.user)

    def delete_queryset(self, request, queryset):
        for message in queryset:
            workflow.move_to_bin(message, request.user)

    def get_deleted_objects(self, objs, request):
        # Nothing else goes with a message to the bin; the check is "may delete messages".
        if not self.has_delete_permission(request):
            raise PermissionDenied
        return [str(obj) for obj in objs], {}, set(), []


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
