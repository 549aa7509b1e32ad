"""An unfiltered list's ids by SQL compiled once: the archive's and a category's pages, by
number (from either end) or by cursor, and the unfiltered feeds.

Building and compiling the list's queryset for each request was most of what reading a page
of ids cost; SQL writes a slice's offset and limit in its text, so there is one compiled query
per slice (and per direction and size of a page by cursor), each run with the language, the
time and the category or the message put in.
"""

from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from django.utils import timezone

from core.compiled_queries import CompiledQuery

from .feed_order import beside
from .selectors import message_list


def list_ids(language, start, stop, oldest_first=False, category=None):
    """The ids of `message_list(language)` (in `category`, an id, if given) from `start` to
    `stop`, newest first, or counted from the oldest with `oldest_first` (still newest first).

    What an unfiltered list shows (the archive's pages by number, a category's, the feeds):
    the same rows as slicing `message_list()`, by SQL compiled once per slice.
    """
    if stop <= start:
        return []  # an empty slice has no SQL (Django does not run it)
    in_category = category is not None
    query = _list_slice(start, stop, oldest_first, in_category)
    values = {"category": category} if in_category else {}
    ids = query.ids(language=language, now=timezone.now(), **values)
    if oldest_first:
        ids.reverse()
    return ids


# The archive's pages by number are at most MAX_OFFSET rows from either end (50 pages of each
# list); the feeds and a category's pages add a few slices more.
@lru_cache(maxsize=256)
def _list_slice(start, stop, oldest_first, in_category):
    # SQL writes a slice's offset and limit in its text: one compiled query per slice.
    def make(language, now, category=None):
        messages = message_list(language, now, category)
        if oldest_first:
            messages = messages.reverse()
        return messages.only("pk")[start:stop]

    if not in_category:
        return CompiledQuery(make, language=str, now=datetime)
    # Not prepared: the best plan for a rare category (its links first) is not a common one's
    # (the language's feed index, probing each message's links), and a prepared statement
    # could settle on one generic plan for every category.
    return CompiledQuery(make, prepared=False, language=str, now=datetime, category=int)


def ids_beside(language, message_id, older, limit, category=None):
    """The ids of the `limit` messages of `message_list(language)` (in `category`, an id, if
    given) just older than the message `message_id`'s place in the feed, or just newer if not
    `older`; newest first. Withdrawn or binned, a message still marks a place.

    A page reached by its neighbour's cursor (press/views/pagination.py), by SQL compiled once
    per direction and size of page: the database starts at that place in the feed's index.
    """
    in_category = category is not None
    values = {"category": category} if in_category else {}
    query = _beside(older, limit, in_category)
    ids = query.ids(language=language, now=timezone.now(), message=message_id, **values)
    if not older:
        ids.reverse()
    return ids


@lru_cache(maxsize=16)
def _beside(older, limit, in_category):
    def make(language, now, message, category=None):
        return beside(message_list(language, now, category), message, older).only("pk")[:limit]

    if not in_category:
        return CompiledQuery(make, language=str, now=datetime, message=int)
    # Not prepared, as a category's slices are not (_list_slice).
    return CompiledQuery(
        make, prepared=False, language=str, now=datetime, message=int, category=int
    )


@dataclass(frozen=True)
class UnfilteredList:
    """An unfiltered list, the archive in `language` (or `category`'s part of it, by id),
    whose pages read their ids by the compiled SQL above (press/views/pagination.py)."""

    language: str
    category: int | None = None

    def slice(self, start, stop, oldest_first):
        return list_ids(self.language, start, stop, oldest_first, self.category)

    def beside(self, message_id, older, limit):
        return ids_beside(self.language, message_id, older, limit, self.category)
