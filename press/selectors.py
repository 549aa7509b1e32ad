"""Small read functions through which the public pages (and other apps) read press content.

They all start from `Message.objects.published()`, the one public gate.
"""

from django.db.models import Count, OuterRef, Prefetch, Q, Subquery

from .models import Category, Message, Person

# The columns a list of messages shows (each item names its kind); lists load nothing else
# (the body is long). The lead image comes in the same query (a join), for the thumbnail.
LEAD_IMAGE_COLUMNS = [
    "lead_image__image", "lead_image__width", "lead_image__height", "lead_image__alt_text",
]
LIST_COLUMNS = ["id", "kind", "title", "slug", "lead", "published_at", *LEAD_IMAGE_COLUMNS]
# A feed item also carries when it last changed; a JSON Feed item its rendered body too.
FEED_COLUMNS = [*LIST_COLUMNS, "updated_at"]
# What a link to a neighbouring message needs: its title and its address.
NEIGHBOUR_COLUMNS = ["title", "slug", "published_at"]


def _people():
    return Prefetch("people", queryset=Person.objects.only("name", "position", "slug"))


def _categories():
    return Prefetch("categories", queryset=Category.objects.only("name", "slug"))


def featured():
    """The newest published message marked featured, with its speakers, or None.

    The home page shows it whole: its rendered body, not the Markdown it was written in.
    """
    return (
        Message.objects.published()
        .filter(featured=True)
        # The Markdown and the search index are not shown; only body_html is.
        .defer("body", "search_document")
        .select_related("lead_image")
        .prefetch_related(_people())
        .first()
    )


def latest(limit, exclude=None):
    """The newest published messages, leaving out `exclude` (the featured one, shown above)."""
    messages = Message.objects.published().select_related("lead_image").only(*LIST_COLUMNS)
    if exclude is not None:
        messages = messages.exclude(pk=exclude.pk)
    return list(messages[:limit])


def message_list():
    """Every published message, newest first.

    The archive's FilterSet and the feeds narrow this queryset; nothing widens it past the gate.
    """
    return Message.objects.published()


def listed(messages):
    """Trim a (filtered) list of messages to the columns a list shows."""
    return messages.select_related("lead_image").only(*LIST_COLUMNS)


def feed_items(messages, limit, with_body=False):
    """The newest `limit` of a (filtered) list of messages, with what a feed item carries."""
    columns = [*FEED_COLUMNS, "body_html"] if with_body else FEED_COLUMNS
    return list(
        messages.select_related("lead_image").only(*columns)
        .prefetch_related(_categories())[:limit]
    )


def message_pages():
    """Messages that have a public page, with everything it shows, in as few queries as possible.

    That is the published ones and the withdrawn ones (their page stays, with a dated notice);
    their previous and next messages are published ones only.

    The previous (older) and next (newer) messages come as scalar subqueries of the one row
    query rather than as two more queries; `neighbours()` turns them into messages to link to.
    """
    published = Message.objects.published()
    older = published.filter(
        Q(published_at__lt=OuterRef("published_at"))
        | Q(published_at=OuterRef("published_at"), id__lt=OuterRef("id"))
    ).order_by("-published_at", "-id")
    newer = published.filter(
        Q(published_at__gt=OuterRef("published_at"))
        | Q(published_at=OuterRef("published_at"), id__gt=OuterRef("id"))
    ).order_by("published_at", "id")
    return (
        Message.objects.viewable()
        .with_change_notes()
        .defer("body", "search_document", "created_by", "updated_by")
        .annotate(**_neighbour_annotations("previous", older))
        .annotate(**_neighbour_annotations("next", newer))
        .select_related("lead_image")
        .prefetch_related(_categories(), _people(), "attachments")
    )


def _neighbour_annotations(prefix, neighbours):
    return {
        f"{prefix}_{column}": Subquery(neighbours.values(column)[:1])
        for column in NEIGHBOUR_COLUMNS
    }


def neighbours(message):
    """(previous, next) of a message from `message_pages()`: unsaved stand-ins, or None."""

    def stand_in(prefix):
        values = {column: getattr(message, f"{prefix}_{column}") for column in NEIGHBOUR_COLUMNS}
        return Message(**values) if values["slug"] else None

    return stand_in("previous"), stand_in("next")


def categories_with_counts():
    """Every category with how many published messages it holds."""
    return Category.objects.annotate(
        message_count=Count("messages", filter=Q(messages__in=Message.objects.published()))
    ).order_by(*Category._meta.ordering)  # an aggregate query drops Meta.ordering


def categories():
    return Category.objects.all()


def category_choices():
    """(slug, name) pairs for a filter's drop-down, in the categories' own order."""
    return list(Category.objects.values_list("slug", "name"))


def person_choices():
    """(slug, name) pairs for a filter's drop-down, by name."""
    return list(Person.objects.values_list("slug", "name"))


def next_scheduled_at():
    """The time the next scheduled (published, future-dated) message goes public, or None."""
    return (
        Message.objects.scheduled()
        .order_by("published_at")
        .values_list("published_at", flat=True)
        .first()
    )
