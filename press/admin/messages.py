"""Messages in the admin: "All messages" and one section per kind, through the workflow."""

from django.contrib import admin, messages
from django.contrib.admin.utils import flatten_fieldsets
from django.db.models import F
from django.utils.translation import gettext_lazy as _

from core.timekeeping import local_time_label

from .. import revisions, workflow
from ..models import APPEARED, KIND_PROXIES, Message
from .actions import WorkflowActionsMixin
from .deletion import BinInsteadOfDeleteMixin
from .filters import MineFilter, StateFilter
from .forms import MessageAdminForm
from .history import EditorialViewsMixin
from .outcomes import outcome_of
from .refusals import ReportsRefusalsMixin
from .uploads import AttachmentInline, LeadImageInline

Status = Message.Status
State = Message.State

RECORD_FIELDS = ["created_at", "created_by", "updated_at", "updated_by", "submitted_by"]


class MessageAdmin(
    ReportsRefusalsMixin, BinInsteadOfDeleteMixin, EditorialViewsMixin,
    WorkflowActionsMixin,
    admin.ModelAdmin,
):
    """All messages; the per-kind sections below narrow it to one kind."""

    form = MessageAdminForm
    list_display = ["published_at", "title", "kind", "state", "author", "last_change", "featured"]
    list_display_links = ["title"]
    list_filter = [
        StateFilter, MineFilter, "language", "kind", "featured", "categories", "published_at",
    ]
    list_select_related = ["submitted_by", "created_by", "updated_by"]
    search_fields = ["title", "lead", "body"]
    date_hierarchy = "published_at"
    # Undated messages (drafts not yet given a time) first: they are the ones being worked on.
    ordering = [F("published_at").desc(nulls_first=True), "-id"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["categories", "people"]
    # A message's id with a search pop-up; the autocomplete widget would fail on a damaged id.
    raw_id_fields = ["translation_of"]
    readonly_fields = [*RECORD_FIELDS, "linked_translation"]
    inlines = [LeadImageInline, AttachmentInline]
    list_per_page = 50

    # The fields beyond the common ones; a kind's section presets `kind` and asks the rest.
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
        stored_state = obj.stored_state if obj is not None else None
        workflow_fields = ["remark"]
        if obj is not None and obj.status == Status.PUBLISHED:
            workflow_fields = ["change_kind", "change_note", *workflow_fields]
        if is_editor and stored_state != State.WITHDRAWN:
            workflow_fields.append("force_publish_reason")
        publication = ["status", "published_at", "language"]
        if is_editor:
            # Featuring puts a message at the top of the home page: an editor's decision.
            publication[2:2] = ["featured"]
        if is_editor and stored_state in APPEARED:
            # Only what has appeared can be withdrawn (or shows why it was).
            publication.append("withdrawal_explanation")
        return [
            (None, {"fields": ["version", "title", "slug", *self.extra_fields, "lead", "body"]}),
            (_("Publication"), {"fields": publication}),
            (_("Classification"), {"fields": ["categories"]}),
            (_("Translation"), {"fields": ["translation_of", "linked_translation"]}),
            (_("Review and changes"), {"fields": workflow_fields}),
            (_("Record"), {"classes": ["collapse"], "fields": RECORD_FIELDS}),
        ]

    def get_readonly_fields(self, request, obj=None):
        if obj is not None and obj.stored_state == State.WITHDRAWN:
            # Frozen: its page shows it as it was withdrawn (workflow.FROZEN_WHEN_WITHDRAWN).
            # An editorial remark can still be added; the status stays a field so that an
            # attempt to move it is answered with why it cannot (workflow.check).
            shown = flatten_fieldsets(self.get_fieldsets(request, obj))
            return [name for name in shown if name not in {"version", "remark", "status"}]
        if obj is not None and obj.has_appeared:
            # Its address may have been quoted: the slug stays (the date too: workflow.check).
            return [*self.readonly_fields, "slug"]
        return self.readonly_fields

    def get_prepopulated_fields(self, request, obj=None):
        if obj is not None and obj.has_appeared:
            return {}
        return super().get_prepopulated_fields(request, obj)

    @admin.display(description=_("author"), ordering="created_by__username")
    def author(self, message):
        return message.created_by.get_username() if message.created_by else "—"

    @admin.display(description=_("last change"), ordering="updated_at")
    def last_change(self, message):
        who = message.updated_by.get_username() if message.updated_by else "—"
        return f"{local_time_label(message.updated_at)}, {who}"

    @admin.display(description=_("state"), ordering="status")
    def state(self, message):
        state = message.state
        if state == State.SCHEDULED:
            return _("Scheduled for %(time)s") % {"time": local_time_label(message.published_at)}
        if state == State.SUBMITTED and message.submitted_by:
            return _("Submitted by %(user)s") % {"user": message.submitted_by.get_username()}
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
        request.press_outcome = outcome_of(form.change)

    def save_related(self, request, form, formsets, change):
        # Categories and people are saved after the message: the revision its save made
        # records them as they now are, rather than a second revision per list.
        form.instance.skip_history_when_saving = True
        try:
            super().save_related(request, form, formsets, change)
        finally:
            del form.instance.skip_history_when_saving
        revisions.classification_saved(form.instance)

    def message_user(self, request, message, level=messages.INFO, *args, **kwargs):
        # Django's "was changed successfully" says nothing of what happened; say that instead.
        outcome = getattr(request, "press_outcome", None)
        if outcome and level == messages.SUCCESS:
            message, request.press_outcome = outcome, None
        super().message_user(request, message, level, *args, **kwargs)


admin.site.register(Message, MessageAdmin)


@admin.register(*KIND_PROXIES)
class KindMessageAdmin(MessageAdmin):
    """One kind's section: the kind is preset by the proxy, so the form does not ask for it.

    Otherwise it offers what "All messages" offers (people on a press release too).
    """

    extra_fields = ["people", "outlet"]
