"""Small read functions through which other apps (the home page) read press content.

They all start from `Message.objects.published()`, the one public gate.
"""

from django.db.models import Prefetch

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
