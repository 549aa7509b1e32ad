"""The message change form: workflow fields, the version check and the time-zone hint."""

import json

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.utils.html import format_html, format_html_join

from core.clocks import clock_zones
from core.timekeeping import home_zone, same_instant_elsewhere, zone_label

from .. import review, workflow
from ..models import CHANGE_NOTE_MAX_LENGTH, Message

Status = Message.Status


def hint_zones():
    """The home zone, then the header's other clocks: the zones staff compare times in."""
    home = home_zone()
    return [home] + [zone for zone in clock_zones() if str(zone) != str(home)]


DAMAGED_FORM = (
    "This form is out of date or damaged (its version mark is missing or wrong), so nothing "
    "was saved. Copy any text you changed, reload the page and make your change again."
)


class MessageAdminForm(forms.ModelForm):
    # The version the editor loaded: a save is refused if another came in since. Text, not
    # a number field: a damaged value gets one clear message in clean(), not two.
    version = forms.CharField(widget=forms.HiddenInput, required=False)
    change_kind = forms.ChoiceField(
        label="Kind of change",
        choices=[
            ("minor", "Minor change: no note (typos, formatting)"),
            ("major", "Major change: the note below is shown on the public page"),
        ],
        initial="minor",
        required=False,
        widget=forms.RadioSelect,
    )
    change_note = forms.CharField(
        required=False,
        max_length=CHANGE_NOTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text='Shown under the body as "Updated DD.MM.YYYY: note".',
    )
    force_publish_reason = forms.CharField(
        required=False,
        max_length=CHANGE_NOTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=(
            "Only to publish without a second pair of eyes: a message you submitted "
            "yourself, or one never submitted for review. Kept in its history."
        ),
    )
    remark = forms.CharField(
        label="Editorial remark",
        required=False,
        max_length=CHANGE_NOTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="For colleagues: kept in the message's timeline, never shown to the public.",
    )

    # Set by the admin's get_form: the user saving the form.
    user = None

    class Media:
        js = ["js/schedule_hint.js"]

    class Meta:
        model = Message
        # `version` is not editable on the model; the declared hidden field above carries it.
        exclude = ["version"]  # noqa: DJ006  (fields come from the admin fieldsets)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.old_status = self.instance.status
        self.old_published_at = self.instance.published_at
        self.fields["version"].initial = self.instance.version
        if "status" in self.fields and not workflow.may(self.user, "publish_message"):
            allowed = {Status.DRAFT, Status.SUBMITTED, self.old_status}
            self.fields["status"].choices = [
                choice for choice in self.fields["status"].choices if choice[0] in allowed
            ]
        if "published_at" in self.fields:
            self.fields["published_at"].help_text = self._publication_help()

    def _publication_help(self):
        zone = home_zone()
        parts = [format_html("Times are {} time ({}).", zone_label(zone), str(zone))]
        # The zones the hint compares, for static/js/schedule_hint.js to keep it true while
        # staff type; the text itself is the saved time's, so it reads right without JS.
        parts.append(format_html(
            '<span class="zone-comparison" data-zones="{}">{}</span>',
            json.dumps([(str(zone), zone_label(zone)) for zone in hint_zones()]),
            same_instant_elsewhere(self.instance.published_at, hint_zones())
            if self.instance.published_at else "",
        ))
        parts.append(format_html("{}", "In the future, the message appears by itself then."))
        return format_html_join(" ", "{}", ((part,) for part in parts))

    def clean_version(self):
        try:
            return int(self.cleaned_data["version"])
        except (TypeError, ValueError):
            return None

    def clean(self):
        cleaned = super().clean()
        if workflow.same_second(cleaned.get("published_at"), self.old_published_at):
            # The form shows seconds only; an untouched time keeps its exact stored value.
            cleaned["published_at"] = self.old_published_at
        if self.instance.pk:
            loaded = cleaned.get("version")
            current = workflow.stale_edit(self.instance.pk, loaded)
            if current is not None and (loaded is None or not 0 < loaded < current.version):
                # No form of ours carries this: no colleague's save is to blame.
                raise ValidationError(DAMAGED_FORM, code="damaged")
            if current is not None:
                # The form comes back with the editor's text and the current version, so a
                # second save, made knowingly, replaces theirs (their revision is kept).
                self.data = self.data.copy()
                self.data["version"] = current.version
                raise ValidationError(workflow.stale_edit_message(current), code="stale")
            # The save's UPDATE matches only this version (see Message._do_update).
            self.instance.version = cleaned["version"]
        if (
            self.old_status == Status.PUBLISHED
            and cleaned.get("change_kind") == "major"
            and not self.has_error("change_note")
            and not cleaned.get("change_note", "").strip()
        ):
            self.add_error("change_note", "A major change needs a change note for the public page.")
        return cleaned

    def _post_clean(self):
        # The workflow's rules run after the model's own validation, on the instance as the
        # form would save it; a field the model already refused gets no second message.
        super()._post_clean()
        if self.has_error(NON_FIELD_ERRORS, code="stale") or self.has_error(
            NON_FIELD_ERRORS, code="damaged"
        ):
            return
        review.take_over_submission(
            self.instance, self.user, self.changed_data, self.old_status
        )
        change = workflow.Change.of(
            self.instance,
            self.old_status if self.instance.pk else Status.DRAFT,
            self.old_published_at,
            force_reason=self.cleaned_data.get("force_publish_reason", ""),
        )
        for field, error in workflow.check(self.user, change).items():
            if field not in self.fields:
                self.add_error(None, error)
            elif field not in self.errors:
                self.add_error(field, error)

    @property
    def change_note_to_record(self):
        data = self.cleaned_data
        if self.old_status == Status.PUBLISHED and data.get("change_kind") == "major":
            return data.get("change_note", "").strip()
        return ""
