"""Small read functions through which other apps (the home page) read press content.

They all start from `Message.objects.published()`, the one public gate.
"""

from django.db.models import Prefetch
from django.utils import timezone

from .models import Message, Person

# The columns a list of messages shows; lists load nothing else (the body is long).
LIST_COLUMNS = ["id", "kind", "title", "slug", "lead", "published_at"]


def featured():
    """The newest published message marked featured, with its speakers, or None."""
    return (
        Message.objects.published()
        .filter(featured=True)
        .prefetch_related(Prefetch("people", queryset=Person.objects.only("name", "position")))
        .first()
    )


def latest(limit, exclude=None):
    """The newest published messages, leaving out `exclude` (the featured one, shown above)."""
    messages = Message.objects.published().only(*LIST_COLUMNS)
    if exclude is not None:
        messages = messages.exclude(pk=exclude.pk)
    return list(messages[:limit])


def next_scheduled_at():
    """The time the next scheduled (published, future-dated) message goes public, or None."""
    return (
        Message.objects.filter(
            status=Message.Status.PUBLISHED, published_at__gt=timezone.now()
        )
        .order_by("published_at")
        .values_list("published_at", flat=True)
        .first()
    )
