"""The audit trail: each message's timeline of state changes, reasons, notes and remarks."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.text import CleanTextField

CHANGE_NOTE_MAX_LENGTH = 1000


class MessageEvent(models.Model):
    class Action(models.TextChoices):
        CREATED = "created", _("Created")
        SUBMITTED = "submitted", _("Submitted for review")
        RETURNED_TO_DRAFT = "returned_to_draft", _("Returned to draft")
        PUBLISHED = "published", _("Published")
        SCHEDULED = "scheduled", _("Scheduled")
        FORCE_PUBLISHED = "force_published", _("Force-published without a second review")
        WITHDRAWN = "withdrawn", _("Withdrawn")
        DELETED = "deleted", _("Moved to the recycle bin")
        RESTORED = "restored", _("Restored from the recycle bin as a draft")
        REVISION_RESTORED = "revision_restored", _("Earlier revision restored as a draft")
        PREVIEW_LINK = "preview_link", _("New share-preview link (earlier links revoked)")
        CHANGE_NOTE = "change_note", _("Major change")
        REMARK = "remark", _("Editorial remark")
        TEXT_CHANGED = "text_changed", _("Text changed")

    message = models.ForeignKey(
        "press.Message", on_delete=models.CASCADE, related_name="events",
        verbose_name=_("message"),
    )
    action = models.CharField(_("action"), max_length=20, choices=Action.choices)
    # The reason, change note or remark, where the action has one.
    note = CleanTextField(_("note"), blank=True, max_length=CHANGE_NOTE_MAX_LENGTH)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", verbose_name=_("user"),
    )
    at = models.DateTimeField(_("at"))
    # The revision (HistoricalMessage.history_id) this entry's save made, where staff may want
    # to see what changed (a text change links to its differences).
    revision = models.PositiveBigIntegerField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["at", "id"]
        verbose_name = _("message event")
        verbose_name_plural = _("message events")
        indexes = [models.Index(fields=["message", "action", "at"], name="message_event_idx")]

    def __str__(self):
        return f"{self.get_action_display()} ({self.at:%Y-%m-%d %H:%M})"
