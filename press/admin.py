"""The press office's admin: one section per kind of message, plus "All messages"."""

from django.contrib import admin, messages
from django.utils import timezone

from .models import (
    Article,
    Briefing,
    Category,
    Comment,
    Interview,
    Message,
    Person,
    PressRelease,
    Speech,
    Statement,
)


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "order"]
    list_editable = ["order"]
    search_fields = ["name", "description"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ["name", "position"]
    search_fields = ["name", "position"]
    prepopulated_fields = {"slug": ["name"]}


class MessageAdmin(admin.ModelAdmin):
    """All messages; the per-kind sections below narrow it to one kind."""

    list_display = ["published_at", "title", "kind", "status", "featured"]
    list_display_links = ["title"]
    list_filter = ["kind", "status", "featured", "categories", "published_at"]
    list_select_related = True
    search_fields = ["title", "lead", "body"]
    date_hierarchy = "published_at"
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["categories", "people"]
    readonly_fields = ["created_at", "created_by", "updated_at", "updated_by", "version"]
    actions = ["publish", "unpublish", "feature", "unfeature"]
    list_per_page = 50

    # What each kind shows beyond the common fields (interviews: outlet and people …).
    extra_fields = ["kind", "people", "outlet"]

    def get_fieldsets(self, request, obj=None):
        return [
            (None, {"fields": ["title", "slug", *self.extra_fields, "lead", "body"]}),
            ("Publication", {"fields": ["status", "published_at", "featured", "language"]}),
            ("Classification", {"fields": ["categories"]}),
            (
                "Record",
                {
                    "classes": ["collapse"],
                    "fields": ["created_at", "created_by", "updated_at", "updated_by", "version"],
                },
            ),
        ]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        obj.updated_by = request.user
        super().save_model(request, obj, form, change)

    def _has_publish_permission(self, request):
        return request.user.has_perm("press.publish_message")

    has_publish_permission = _has_publish_permission
    has_unpublish_permission = _has_publish_permission
    has_feature_permission = _has_publish_permission
    has_unfeature_permission = _has_publish_permission

    def _update_each(self, request, queryset, done, **changes):
        # Save row by row rather than queryset.update(): saves keep the version and audit
        # fields honest, and the number of selected rows is bounded by the page size.
        for message in queryset:
            for field, value in changes.items():
                setattr(message, field, value)
            if message.status == Message.Status.PUBLISHED and not message.published_at:
                message.published_at = timezone.now()
            message.updated_by = request.user
            message.save()
        self.message_user(request, f"{queryset.count()} message(s) {done}.", messages.SUCCESS)

    @admin.action(description="Publish selected messages (now, unless a date is set)",
                  permissions=["publish"])
    def publish(self, request, queryset):
        self._update_each(request, queryset, "published", status=Message.Status.PUBLISHED)

    @admin.action(description="Unpublish selected messages (back to draft)",
                  permissions=["unpublish"])
    def unpublish(self, request, queryset):
        self._update_each(request, queryset, "returned to draft", status=Message.Status.DRAFT)

    @admin.action(description="Feature selected messages on the home page", permissions=["feature"])
    def feature(self, request, queryset):
        self._update_each(request, queryset, "featured", featured=True)

    @admin.action(description="Stop featuring selected messages", permissions=["unfeature"])
    def unfeature(self, request, queryset):
        self._update_each(request, queryset, "no longer featured", featured=False)


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
