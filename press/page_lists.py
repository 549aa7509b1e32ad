"""What a message's page lists beside its own row: its categories, its people, its documents
and its public change notes.

A query each, compiled once (core/compiled_queries.py) rather than built and compiled on every
request by `prefetch_related`, which was about a quarter of a message page's instructions, and
the four sent together as one statement (core/compiled_bundles.py): one round trip, not four;
on the message's public page they come gathered into its own row's query, in the same trip.
The page's view and a staff preview both put them in the template's context under these names.
"""

from core.compiled_bundles import CompiledBundle
from core.compiled_queries import CompiledQuery
from core.languages import in_every_language

from .models import Attachment, Category, MessageEvent, Person

LISTS = {
    "categories": CompiledQuery(
        lambda pk: Category.objects.filter(messages=pk).only("slug", *in_every_language("name")),
        pk=int,
    ),
    "people": CompiledQuery(
        lambda pk: Person.objects.filter(messages=pk).only(
            "slug", *in_every_language("name"), *in_every_language("position")
        ),
        pk=int,
    ),
    "attachments": CompiledQuery(
        lambda pk: Attachment.objects.filter(message=pk).only(
            "message", "file", "title", "kind", "size"
        ),
        pk=int,
    ),
    # Oldest first: a page tells its changes in the order they were made.
    "change_notes": CompiledQuery(
        lambda pk: MessageEvent.objects.filter(
            message=pk, action=MessageEvent.Action.CHANGE_NOTE
        ).only("message", "at", "note").order_by("at", "id"),
        pk=int,
    ),
}


PAGE_LISTS = CompiledBundle(LISTS)


def page_lists(message):
    """{"categories": [...], "people": [...], "attachments": [...], "change_notes": [...]}: from
    the message's own row where they were gathered into it (its public page's query,
    selectors.MESSAGE_PAGE), else read in one statement."""
    return PAGE_LISTS.from_gathered(message) or PAGE_LISTS.rows(pk=message.pk)
