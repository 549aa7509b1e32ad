"""The audit trail: each message's timeline of state changes, reasons, notes and remarks."""

from django.conf import settings
from django.db import models

from core.text import CleanTextField

CHANGE_NOTE_MAX_LENGTH = 1000


class MessageEvent(models.Model):
    class Action(models.TextChoices):
        CREATED = "created", "Created"
        SUBMITTED = "submitted", "Submitted for review"
        RETURNED_TO_DRAFT = "returned_to_draft", "Returned to draft"
        PUBLISHED = "published", "Published"
        SCHEDULED = "scheduled", "Scheduled"
        FORCE_PUBLISHED = "force_published", "Force-published without a second review"
        WITHDRAWN = "withdrawn", "Withdrawn"
        DELETED = "deleted", "Moved to the recycle bin"
        RESTORED = "restored", "Restored from the recycle bin as a draft"
        REVISION_RESTORED = "revision_restored", "Earlier revision restored as a draft"
        PREVIEW_LINK = "preview_link", "New share-preview link (earlier links revoked)"
        CHANGE_NOTE = "change_note", "Major change"
        REMARK = "remark", "Editorial remark"
        TEXT_CHANGED = "text_changed", "Text changed"

    message = models.ForeignKey("press.Message", on_delete=models.CASCADE, related_name="events")
    action = models.CharField(max_length=20, choices=Action.choices)
    # The reason, change note or remark, where the action has one.
    note = CleanTextField(blank=True, max_length=CHANGE_NOTE_MAX_LENGTH)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    at = models.DateTimeField()
    # The revision (HistoricalMessage.history_id) this entry's save made, where staff may want
    # to see what changed (a text change links to its differences).
    revision = models.PositiveBigIntegerField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["at", "id"]
        indexes = [models.Index(fields=["message", "action", "at"], name="message_event_idx")]

    def __str__(self):
        return f"{self.get_action_display()} ({self.at:%Y-%m-%d %H:%M})"
