"""Translations in the admin: "Add translation" on a message, and the pair shown on its form."""

from django.contrib import admin, messages
from django.contrib.admin.templatetags.admin_urls import admin_urlname
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from core.languages import language_name, other_language

from .. import translations


class TranslationViewsMixin:
    def get_urls(self):
        name = f"{self.opts.app_label}_{self.opts.model_name}"
        return [
            path(
                "<int:object_id>/add-translation/",
                self.admin_site.admin_view(require_POST(self.add_translation_view)),
                name=f"{name}_add_translation",
            ),
            *super().get_urls(),
        ]

    def add_translation_view(self, request, object_id):
        original = get_object_or_404(self.get_queryset(request), pk=object_id)
        if not (self.has_add_permission(request) and self.has_view_permission(request, original)):
            raise PermissionDenied
        try:
            draft = translations.add_translation(original, request.user)
        except ValidationError as refusal:
            self.message_user(request, " ".join(refusal.messages), messages.ERROR)
            return redirect(admin_urlname(self.opts, "change"), original.pk)
        self.message_user(
            request,
            _(
                "A draft in %(language)s was made, linked to “%(title)s”, with its categories "
                "and people. Translate its title, lead and text, then send it for review: it "
                "is published on its own."
            ) % {"language": language_name(draft.language), "title": original},
            messages.SUCCESS,
        )
        return redirect(admin_urlname(self.opts, "change"), draft.pk)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = extra_context or {}
        message = self.get_object(request, object_id)
        if (
            message is not None
            and self.has_add_permission(request)
            and translations.translation_refusal(message) is None
        ):
            extra_context["translation_language"] = language_name(
                other_language(message.language)
            )
        return super().change_view(request, object_id, form_url, extra_context)

    @admin.display(description=gettext_lazy("translation"))
    def linked_translation(self, message):
        """The other message of its pair, whichever side it is on, with its state."""
        partner = translations.partner_of(message) if message.pk else None
        if partner is None:
            return "—"
        return format_html(
            '<a href="{}" lang="{}">{}</a> ({}, {})',
            reverse("admin:press_message_change", args=[partner.pk]),
            partner.language, partner, language_name(partner.language), partner.state.label,
        )
