"""The lead image and the attachments, edited on the message's own form (inlines).

The files are checked by content in press/uploads.py; a refused file is a form error and
nothing is stored. A withdrawn message's files are frozen with its text.
"""

from django import forms
from django.contrib import admin
from django.core.files.uploadedfile import UploadedFile
from django.utils.text import capfirst

from .. import uploads
from ..models import Attachment, LeadImage, Message


def _new_upload(value):
    # An unchanged file comes back as the stored FieldFile; only a new upload is checked.
    return value if isinstance(value, UploadedFile) else None


class LeadImageForm(forms.ModelForm):
    # A plain file field: Django's image field would refuse an SVG or a decompression bomb
    # with one vague message; press/uploads.py says which it is.
    image = forms.FileField(
        label=capfirst(LeadImage._meta.get_field("image").verbose_name),  # lazy: per language
        help_text=LeadImage._meta.get_field("image").help_text,
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )

    class Meta:
        model = LeadImage
        fields = ["image", "alt_text", "caption", "credit"]

    def clean_image(self):
        image = self.cleaned_data.get("image")
        if _new_upload(image):
            uploads.check_image(image)
        return image


class AttachmentForm(forms.ModelForm):
    class Meta:
        model = Attachment
        fields = ["title", "file", "order"]
        widgets = {"file": forms.ClearableFileInput(attrs={"accept": ".pdf,.odt,.docx"})}

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if _new_upload(upload):
            self.instance.kind = uploads.check_attachment(upload)
            self.instance.size = upload.size
        return upload


class FrozenWhenWithdrawnMixin:
    """A withdrawn message's page shows its files as they were: they can no longer change."""

    def _frozen(self, obj):
        return obj is not None and obj.stored_state == Message.State.WITHDRAWN

    def has_add_permission(self, request, obj=None):
        return not self._frozen(obj) and super().has_add_permission(request, obj)

    def has_change_permission(self, request, obj=None):
        return not self._frozen(obj) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return not self._frozen(obj) and super().has_delete_permission(request, obj)


class LeadImageInline(FrozenWhenWithdrawnMixin, admin.StackedInline):
    model = LeadImage
    form = LeadImageForm
    max_num = 1
    extra = 1
    can_delete = True


class AttachmentInline(FrozenWhenWithdrawnMixin, admin.TabularInline):
    model = Attachment
    form = AttachmentForm
    extra = 1
    readonly_fields = ["kind", "size"]
    fields = ["title", "file", "order", "kind", "size"]
