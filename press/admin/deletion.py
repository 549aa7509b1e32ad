"""Deleting in the message admin: to the recycle bin, and never a message that has appeared.

Every path asks press/deletion.py: the delete button is not offered (has_delete_permission
with the message), the delete page sends the editor back with the reason, and "Delete
selected" lists the messages it refuses and deletes none of the selection (as Django refuses
a selection with protected objects).
"""

from django.contrib import messages
from django.contrib.admin.templatetags.admin_urls import admin_urlname
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect

from .. import deletion, recycling


class BinInsteadOfDeleteMixin:
    delete_confirmation_template = "admin/press/message_delete_confirmation.html"
    delete_selected_confirmation_template = "admin/press/message_delete_selected_confirmation.html"

    def has_delete_permission(self, request, obj=None):
        if obj is not None and deletion.refusal(obj):
            return False
        return super().has_delete_permission(request, obj)

    def delete_view(self, request, object_id, extra_context=None):
        message = self.get_object(request, unquote(object_id))
        reason = message is not None and deletion.refusal(message)
        if reason:
            # Rather than a bare 403: what happened, and what to do instead.
            self.message_user(request, reason, messages.ERROR)
            return redirect(admin_urlname(self.opts, "change"), message.pk)
        return super().delete_view(request, object_id, extra_context)

    def get_deleted_objects(self, objs, request):
        # Nothing else goes with a message to the bin; the check is "may delete messages".
        # The messages that have appeared are "protected": the whole selection is refused.
        if not self.has_delete_permission(request):
            raise PermissionDenied
        return [str(obj) for obj in objs], {}, set(), deletion.refusals(objs)

    # Deleting moves to the recycle bin; only the bin's purge action removes a row.
    def delete_model(self, request, obj):
        recycling.move_to_bin(obj, request.user)

    def delete_queryset(self, request, queryset):
        for message in queryset:
            try:
                recycling.move_to_bin(message, request.user)
            except deletion.DeletionRefused as refused:  # it appeared since the confirmation
                self.message_user(request, " ".join(refused.messages), messages.ERROR)
