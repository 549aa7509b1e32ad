"""Revisions kept by django-simple-history: what changed between two, field by field."""

import difflib
from datetime import datetime

from core.timekeeping import local_time_label

from .models import Message

# The fields staff edit, in form order; a revision's differences are shown for these.
TRACKED_FIELDS = [
    "kind", "title", "slug", "lead", "body", "status", "published_at", "featured", "outlet",
    "language", "withdrawal_explanation",
]
TEXT_FIELDS = {"title", "lead", "body", "withdrawal_explanation"}


def revisions_of(message):
    """Newest first, each with `changed_fields` (against the revision before it)."""
    revisions = list(
        message.history.select_related("history_user").order_by("-history_date", "-history_id")
    )
    for newer, older in zip(revisions, [*revisions[1:], None], strict=True):
        newer.changed_fields = [
            Message._meta.get_field(name).verbose_name
            for name in TRACKED_FIELDS
            if older is None or getattr(newer, name) != getattr(older, name)
        ]
    return revisions


def differences(older, newer):
    """One entry per changed field: its name, old and new values, and for text a line diff."""
    changes = []
    for name in TRACKED_FIELDS:
        before, after = getattr(older, name), getattr(newer, name)
        if before == after:
            continue
        lines = None
        if name in TEXT_FIELDS:
            lines = [
                {"sign": line[0], "text": line[2:]}
                for line in difflib.ndiff((before or "").splitlines(), (after or "").splitlines())
                if not line.startswith("?")
            ]
        changes.append({
            "field": Message._meta.get_field(name).verbose_name,
            "before": _shown(name, before),
            "after": _shown(name, after),
            "lines": lines,
        })
    return changes


def _shown(name, value):
    """A value as staff read it: times in the home zone, choices by their label."""
    if isinstance(value, datetime):
        return local_time_label(value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    choices = dict(Message._meta.get_field(name).flatchoices)
    return choices.get(value, value)
