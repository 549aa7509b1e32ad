"""What a message's page lists beside its own row: its categories, its people, its documents
and its public change notes.

A query each, compiled once (core/compiled_queries.py) rather than built and compiled on every
request by `prefetch_related`, which was about a quarter of a message page's instructions. The
page's view and a staff preview both put them in the template's context under these names.
"""

from core.compiled_queries import CompiledQuery
from core.languages import in_every_language

from .models import Attachment, Category, MessageEvent, Person

LISTS = {
    "categories": CompiledQuery(
        Category, ["id", "slug", *in_every_language("name")],
        lambda pk: Category.objects.filter(messages=pk),
    ),
    "people": CompiledQuery(
        Person, ["id", "slug", *in_every_language("name"), *in_every_language("position")],
        lambda pk: Person.objects.filter(messages=pk),
    ),
    "attachments": CompiledQuery(
        Attachment, ["id", "message_id", "file", "title", "kind", "size"],
        lambda pk: Attachment.objects.filter(message=pk),
    ),
    # Oldest first: a page tells its changes in the order they were made.
    "change_notes": CompiledQuery(
        MessageEvent, ["id", "message_id", "at", "note"],
        lambda pk: MessageEvent.objects.filter(
            message=pk, action=MessageEvent.Action.CHANGE_NOTE
        ).order_by("at", "id"),
    ),
}


def people_of(message):
    """The message's people alone (the home page's featured message names its speakers)."""
    return LISTS["people"].rows(message.pk)


def page_lists(message):
    """{"categories": [...], "people": [...], "attachments": [...], "change_notes": [...]}."""
    return {name: query.rows(message.pk) for name, query in LISTS.items()}
