"""A feed item's fields, read once per content version and message and kept.

A feed is the same fifty messages whatever its format (RSS, Atom, JSON Feed) and, for most of
them, whatever filters a reader subscribed with. Loading each as a model with its categories
and lead image, and reversing its address, cost 60% of a feed: so each message's entry (plain
values, nothing lazy) is kept for the content version, which any save moves. A feed keeps its
items written (press/feeds.py) and reads these only to write the items it has not kept yet.
"""

from dataclasses import dataclass
from datetime import datetime

from django.core.exceptions import ObjectDoesNotExist

from core import content_version

from . import selectors


@dataclass(frozen=True)
class FeedEntry:
    title: str
    path: str
    lead: str
    published_at: datetime
    updated_at: datetime
    categories: tuple[str, ...]
    image: str | None  # the lead image's address, as feeds name it
    body_html: str = ""  # JSON Feed's content_html only: the RSS and Atom entries leave it out


def feed_entries(ids, with_body=False):
    """The entries of the messages `ids`, in their order; None for one that is not public."""

    def load(missed):
        loaded = {message.pk: message for message in selectors.feed_items(missed, with_body)}
        # One that left the public since its id was read has no entry.
        return [_entry(loaded[pk], with_body) if pk in loaded else None for pk in missed]

    name = "feed-entry-with-body" if with_body else "feed-entry"
    return content_version.recall_all(name, ids, str, load)


def _entry(message, with_body):
    return FeedEntry(
        title=message.title,
        path=message.get_absolute_url(),
        lead=message.lead,
        published_at=message.published_at,
        updated_at=message.updated_at,
        categories=tuple(category.name for category in message.categories.all()),
        image=lead_image_url(message),
        body_html=message.body_html if with_body else "",
    )


def lead_image_url(message):
    """The address of the message's lead image as feeds name it, or None (the same query)."""
    try:
        return message.lead_image.fallback.url
    except ObjectDoesNotExist:
        return None
