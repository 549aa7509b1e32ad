"""Admin pages beside each message: revisions and their differences, restore, the timeline,
the share-preview link and "Add translation"; and the translation shown on its form."""

from django.contrib import admin, messages
from django.contrib.admin.templatetags.admin_urls import admin_urlname
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST, require_safe

from core.languages import language_name, other_language

from .. import preview, revisions, translations, workflow
from ..models import Message, MessageEvent
from .actions import refusal_of

Action = MessageEvent.Action


def desk_notes(message):
    """What the reviewer should read before the form: the remarks made since the message was
    last submitted (the writer's to the editor), and, once withdrawn, the withdrawal."""
    events = message.events.select_related("user").order_by("-at", "-id")
    last_submitted = events.filter(action=Action.SUBMITTED).values_list("at", flat=True).first()
    remarks = events.filter(action=Action.REMARK)
    if last_submitted is not None:
        remarks = remarks.filter(at__gte=last_submitted)
    return {
        "remarks": list(remarks[:5]),
        "withdrawal": events.filter(action=Action.WITHDRAWN).first()
        if message.stored_state == Message.State.WITHDRAWN else None,
    }


class EditorialViewsMixin:
    change_form_template = "admin/press/message_change_form.html"

    def get_urls(self):
        name = f"{self.opts.app_label}_{self.opts.model_name}"
        wrap = self.admin_site.admin_view
        return [
            path("<int:object_id>/revisions/", wrap(self.revisions_view),
                 name=f"{name}_revisions"),
            path("<int:object_id>/revisions/compare/", wrap(self.compare_view),
                 name=f"{name}_compare"),
            path("<int:object_id>/revisions/<int:history_id>/restore/",
                 wrap(self.restore_revision_view), name=f"{name}_restore_revision"),
            path("<int:object_id>/timeline/", wrap(self.timeline_view),
                 name=f"{name}_timeline"),
            path("<int:object_id>/preview-link/", wrap(require_POST(self.new_preview_link_view)),
                 name=f"{name}_preview_link"),
            path("<int:object_id>/preview/", wrap(require_safe(self.preview_view)),
                 name=f"{name}_preview"),
            path("<int:object_id>/add-translation/", wrap(require_POST(self.add_translation_view)),
                 name=f"{name}_add_translation"),
            *super().get_urls(),
        ]

    def _message_or_404(self, request, object_id):
        message = get_object_or_404(self.get_queryset(request), pk=object_id)
        if not self.has_view_or_change_permission(request, message):
            raise PermissionDenied
        return message

    def _render(self, request, template, message, title, status=200, **context):
        return TemplateResponse(request, template, status=status, context={
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "original": message,
            "title": title,
            "url_prefix": f"admin:{self.opts.app_label}_{self.opts.model_name}",
            **context,
        })

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = extra_context or {}
        message = self.get_object(request, object_id)
        if message is not None and workflow.may(request.user, "publish_message"):
            extra_context["can_share_preview"] = preview.can_preview(message)
            if preview.can_preview(message):
                extra_context["preview_url"] = request.build_absolute_uri(
                    preview.preview_url(message)
                )
        extra_context["url_prefix"] = f"admin:{self.opts.app_label}_{self.opts.model_name}"
        if message is not None:
            extra_context["desk_notes"] = desk_notes(message)
            if self.has_add_permission(request) and not translations.translation_refusal(message):
                extra_context["translation_language"] = language_name(
                    other_language(message.language)
                )
        return super().change_view(request, object_id, form_url, extra_context)

    def revisions_view(self, request, object_id):
        message = self._message_or_404(request, object_id)
        return self._render(
            request, "admin/press/revisions.html", message,
            _("Revisions of “%(message)s”") % {"message": message},
            revisions=revisions.revisions_of(message),
            can_restore=workflow.may(request.user, "restore_message")
            and not revisions.restore_refusal(message),
        )

    def compare_view(self, request, object_id):
        message = self._message_or_404(request, object_id)
        try:
            # Only "newer" (a timeline entry's link): what that revision changed.
            keys = ("older", "newer") if "older" in request.GET else ("newer",)
            ids = sorted(int(request.GET[key]) for key in keys)
        except (KeyError, ValueError) as error:
            raise Http404("Choose two revisions to compare.") from error
        newer = get_object_or_404(message.history, history_id=ids[-1])
        older = (
            get_object_or_404(message.history, history_id=ids[0]) if len(ids) == 2
            # The revision just before it (by id: two saves can share a timestamp).
            else message.history.filter(history_id__lt=newer.history_id)
            .order_by("-history_id").first()
        )
        if older is None:
            raise Http404("This is the message's first revision: there is nothing before it.")
        return self._render(
            request, "admin/press/revision_compare.html", message,
            _("Differences in “%(message)s”") % {"message": message},
            older=older, newer=newer, changes=revisions.differences(older, newer),
        )

    def restore_revision_view(self, request, object_id, history_id):
        message = self._message_or_404(request, object_id)
        if not workflow.may(request.user, "restore_message"):
            raise PermissionDenied
        revision = get_object_or_404(message.history, history_id=history_id)
        refusal = revisions.restore_refusal(message)
        if refusal:
            self.message_user(request, refusal, messages.ERROR)
            return self._back_to_change_form(message)
        if request.method == "POST":
            try:
                revisions.restore_revision(message, revision, request.user)
            except ValidationError as error:
                self.message_user(
                    request, _("Not restored: %(refusal)s") % {"refusal": refusal_of(error)},
                    messages.ERROR,
                )
                return self._back_to_change_form(message)
            self.message_user(
                request, _("The revision was restored as a draft. It is not published."),
                messages.SUCCESS,
            )
            return self._back_to_change_form(message)
        return self._render(
            request, "admin/press/revision_restore.html", message, _("Restore this revision?"),
            # What the message becomes: from its current text to the revision's.
            revision=revision, changes=revisions.differences(message.history.first(), revision),
        )

    def _back_to_change_form(self, message):
        return redirect(admin_urlname(self.opts, "change"), message.pk)

    def timeline_view(self, request, object_id):
        message = self._message_or_404(request, object_id)
        events = message.events.select_related("user").order_by("-at", "-id")
        return self._render(
            request, "admin/press/timeline.html", message,
            _("Timeline of “%(message)s”") % {"message": message},
            events=events,
        )

    def get_view_on_site_url(self, obj=None):
        # What has not appeared has no public page yet: "View on site" is its preview.
        if obj is not None and obj.pk and preview.can_preview(obj):
            return reverse(admin_urlname(self.opts, "preview"), args=[obj.pk])
        return super().get_view_on_site_url(obj)

    def preview_view(self, request, object_id):
        """The page as it will look, for the message's authors and the editors."""
        message = get_object_or_404(preview.previews(), pk=object_id)
        if not preview.can_preview(message):
            if message.has_appeared:
                return HttpResponseRedirect(message.get_absolute_url())
            raise Http404("Only drafts, submitted and scheduled messages have previews.")
        if not preview.may_preview(request.user, message):
            return self._render(
                request, "admin/press/preview_refused.html", message,
                _("No preview of “%(title)s” for you") % {"title": message.title},
                status=403,
            )
        return preview.render_preview(request, message)

    def new_preview_link_view(self, request, object_id):
        message = self._message_or_404(request, object_id)
        if not preview.can_preview(message):
            raise Http404("Only drafts, submitted and scheduled messages have previews.")
        preview.new_link_generation(message, request.user)
        self.message_user(
            request, _("A new preview link was made; earlier links no longer work."),
            messages.SUCCESS,
        )
        return self._back_to_change_form(message)

    def add_translation_view(self, request, object_id):
        original = get_object_or_404(self.get_queryset(request), pk=object_id)
        if not (self.has_add_permission(request) and self.has_view_permission(request, original)):
            raise PermissionDenied
        try:
            draft = translations.add_translation(original, request.user)
        except ValidationError as refusal:
            self.message_user(request, refusal_of(refusal), messages.ERROR)
            return self._back_to_change_form(original)
        self.message_user(
            request,
            _(
                "A draft in %(language)s was made, linked to “%(title)s”, with its categories "
                "and people. Translate its title, lead and text, then send it for review: it "
                "is published on its own."
            ) % {"language": language_name(draft.language), "title": original},
            messages.SUCCESS,
        )
        return self._back_to_change_form(draft)

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
