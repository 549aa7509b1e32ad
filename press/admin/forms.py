"""The message change form: workflow fields, the version check and the time-zone hint."""

import json

from django import forms
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.clocks import clock_zones
from core.timekeeping import (
    home_zone,
    other_day_entry,
    same_day_entry,
    same_instant_elsewhere,
    zone_label,
)

from .. import workflow
from ..models import CHANGE_NOTE_MAX_LENGTH, Message

Status = Message.Status


def hint_zones():
    """The home zone, then the header's other clocks: the zones staff compare times in."""
    home = home_zone()
    return [home] + [zone for zone in clock_zones() if str(zone) != str(home)]


class VersionField(forms.CharField):
    widget = forms.HiddenInput
    # A form refused because a colleague saved since it was loaded comes back carrying the
    # version the message now has (set on the form's own copy of the field), so a second save,
    # made knowingly, replaces theirs (their revision is kept).
    current_version = None

    def prepare_value(self, value):
        return self.current_version or super().prepare_value(value)


def comparison_url(message, loaded_version):
    """The differences between the version an editor opened and the current one, or None."""
    revisions = message.history.order_by("-history_id")
    opened = revisions.filter(version=loaded_version).values_list("history_id", flat=True).first()
    current = revisions.values_list("history_id", flat=True).first()
    if opened is None or current is None or opened == current:
        return None
    url = reverse("admin:press_message_compare", args=[message.pk])
    return f"{url}?older={opened}&newer={current}"


def note_field(label, help_text, rows=2):
    """A few lines of text the workflow records with the save (not a field of the message)."""
    return forms.CharField(
        label=label, help_text=help_text, required=False, max_length=CHANGE_NOTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": rows}),
    )


class MessageAdminForm(forms.ModelForm):
    # The version the editor loaded: a save is refused if another came in since. Text, not
    # a number field: a damaged value gets one clear message from the workflow, not two.
    version = VersionField(required=False)
    change_kind = forms.ChoiceField(
        label=gettext_lazy("Kind of change"),
        choices=[
            ("minor", gettext_lazy("Minor change: no note (typos, formatting)")),
            ("major", gettext_lazy("Major change: the note below is shown on the public page")),
        ],
        initial="minor",
        required=False,
        widget=forms.RadioSelect,
    )
    change_note = note_field(
        gettext_lazy("Change note"),
        gettext_lazy('Shown under the body as "Updated DD.MM.YYYY: note".'),
        rows=3,
    )
    force_publish_reason = note_field(
        # The same words wherever the reason is asked for or named: "Force-publish reason".
        gettext_lazy("Force-publish reason"),
        gettext_lazy(
            "Only to publish without a second pair of eyes: a message you submitted "
            "yourself, or one never submitted for review. Kept in its history."
        ),
    )
    remark = note_field(
        gettext_lazy("Editorial remark"),
        gettext_lazy("For colleagues: kept in the message's timeline, never shown to the public."),
    )

    # Set by the admin's get_form: the user saving the form.
    user = None
    # Set when a colleague's save came in since the form was loaded: where the differences
    # between theirs and the version this form was loaded at are.
    comparison_url = None
    # The change the form proposes, as the workflow judged it (set by validation).
    change = None

    class Media:
        js = ["js/timekeeping.js", "js/schedule_hint.js"]

    class Meta:
        model = Message
        # `version` is not editable on the model; the declared hidden field above carries it.
        exclude = ["version"]  # noqa: DJ006  (fields come from the admin fieldsets)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.stored = self.instance.stored or workflow.NEW
        self.fields["version"].initial = self.instance.version
        if "status" in self.fields and not workflow.may(self.user, "publish_message"):
            allowed = {Status.DRAFT, Status.SUBMITTED, self.stored.status}
            self.fields["status"].choices = [
                choice for choice in self.fields["status"].choices if choice[0] in allowed
            ]
        if "published_at" in self.fields:
            self.fields["published_at"].help_text = self._publication_help(
                self.instance.published_at
            )

    def _publication_help(self, instant):
        zone = home_zone()
        comparison = same_instant_elsewhere(instant, hint_zones()) if instant else ""
        # The zones the hint compares and its two ways of naming a time, for
        # static/js/schedule_hint.js to keep it true while staff type; the text itself is the
        # server's, so it reads right without JS.
        return format_html(
            '{} <span class="zone-sentence"{}>{} <span class="zone-comparison" data-zones="{}" '
            'data-same-day="{}" data-other-day="{}">{}</span>.</span> {}',
            _("Times are %(zone)s time (%(name)s).") % {"zone": zone_label(zone), "name": zone},
            "" if comparison else mark_safe(" hidden"),  # a fixed attribute, nothing typed
            _("That is"),
            json.dumps([(str(zone), zone_label(zone)) for zone in hint_zones()]),
            same_day_entry(),
            other_day_entry(),
            comparison,
            _("In the future, the message appears by itself then."),
        )

    def clean_slug(self):
        """A repeated title gets a unique address by itself; a typed one that is taken is
        refused with the name of the message that has it."""
        slug = self.cleaned_data.get("slug", "")
        holder = Message._base_manager.filter(slug=slug).exclude(pk=self.instance.pk).first()
        if not slug or holder is None:
            return slug
        if slug == slugify(self.cleaned_data.get("title", ""))[:200].strip("-"):
            return ""  # made from the title: Message.save() makes it unique ("…-2")
        where = str(holder.state.label).lower()  # "in the recycle bin", "published", …
        raise ValidationError(
            _("The address “%(slug)s” is already used by “%(title)s” (%(where)s). Choose "
              "another, or leave it empty to have one made from the title.")
            % {"slug": slug, "title": holder.title, "where": where},
            code="slug_taken",
        )

    def clean_version(self):
        try:
            return int(self.cleaned_data["version"])
        except (TypeError, ValueError):
            return None

    def clean(self):
        cleaned = super().clean()
        if (
            cleaned.get("status") == Status.PUBLISHED
            and self.stored.status != Status.PUBLISHED
            and not self.has_error("published_at")
        ):
            cleaned["published_at"] = workflow.now_if_undated(cleaned.get("published_at"))
        if workflow.same_second(cleaned.get("published_at"), self.stored.published_at):
            # The form shows seconds only; an untouched time keeps its exact stored value.
            cleaned["published_at"] = self.stored.published_at
        if (
            self.stored.status == Status.PUBLISHED
            and cleaned.get("change_kind") == "major"
            and not self.has_error("change_note")
            and not cleaned.get("change_note", "").strip()
        ):
            self.add_error(
                "change_note", _("A major change needs a change note for the public page.")
            )
        return cleaned

    def _post_clean(self):
        # The workflow judges the instance as the form would save it, after the model's own
        # validation; a field the model already refused gets no second message.
        super()._post_clean()
        data = self.cleaned_data
        self.change = workflow.Change(
            self.instance,
            self.user,
            changed_fields=frozenset(self.changed_data),
            from_form=True,
            loaded_version=data.get("version"),
            force_reason=data.get("force_publish_reason", "").strip(),
            change_note=self.change_note_to_record,
            remark=data.get("remark", "").strip(),
        )
        errors = workflow.check(self.change)
        for field, error in errors.items():
            if isinstance(error, workflow.StaleEdit):
                self.fields["version"].current_version = error.current_version
                # The change form links to it, opening in a new tab: the kept text stays.
                self.comparison_url = comparison_url(self.instance, data.get("version"))
            if field not in self.fields:
                self.add_error(None, error)
            elif field not in self.errors:
                self.add_error(field, error)
        if not errors and self.instance.pk:
            # The save's compare-and-set starts from the version the editor loaded.
            self.instance.version = data["version"]
        if "published_at" in self.fields and data.get("published_at"):
            # A form sent back with an error shows the hint for the time the editor typed.
            self.fields["published_at"].help_text = self._publication_help(data["published_at"])

    @property
    def change_note_to_record(self):
        data = self.cleaned_data
        if self.stored.status == Status.PUBLISHED and data.get("change_kind") == "major":
            return data.get("change_note", "").strip()
        return ""
