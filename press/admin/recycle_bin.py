"""The recycle bin: deleted messages, which editors restore (as drafts) or purge for good."""

from django.contrib import admin
from django.utils.translation import gettext_lazy, ngettext

from .. import recycling, workflow
from ..models import DeletedMessage
from .actions import PerMessageActionsMixin


@admin.register(DeletedMessage)
class RecycleBinAdmin(PerMessageActionsMixin, admin.ModelAdmin):
    list_display = ["title", "kind", "status", "deleted_at", "updated_by"]
    list_select_related = ["updated_by"]
    search_fields = ["title", "lead", "body"]
    ordering = ["-deleted_at"]
    actions = ["restore", "purge"]
    list_per_page = 50

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        # Removing a row for good is the explicit "purge" action, never the delete button.
        return False

    def has_restore_permission(self, request):
        return workflow.may(request.user, "restore_message")

    def has_purge_permission(self, request):
        return workflow.may(request.user, "purge_message")

    @admin.action(
        description=gettext_lazy("Restore selected messages as drafts"), permissions=["restore"]
    )
    def restore(self, request, queryset):
        self.apply_each(
            request, queryset,
            lambda message: recycling.restore_from_bin(message, request.user),
            lambda count: ngettext(
                "%(count)d message restored as a draft.",
                "%(count)d messages restored as drafts.", count,
            ) % {"count": count},
        )

    @admin.action(
        description=gettext_lazy("Purge selected messages for good"), permissions=["purge"]
    )
    def purge(self, request, queryset):
        # A message that had appeared is refused, with the reason (press/deletion.py).
        self.apply_each(
            request, queryset, lambda message: recycling.purge(message, request.user),
            lambda count: ngettext(
                "%(count)d message purged for good.", "%(count)d messages purged for good.",
                count,
            ) % {"count": count},
        )
