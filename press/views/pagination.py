"""Pages of a newest-first list whose cost does not grow with the archive.

Django's Paginator counts the whole list on every request and reaches page N with OFFSET, which
walks every row before it: both grow with the archive (at a million messages the count alone
took 330 ms, the last page 1.4 s). Here:

- The count is cached for the content version (core/content_version.py): it runs once after a
  change of content, not on every request. A filtered list (a search, a kind, a person, a
  date) counts no further than FILTERED_RESULTS and lists at most that many, newest first: a
  visitor narrows a longer result with more words or a date instead. The whole archive and a
  category's page count everything (once per version).
- A page within MAX_OFFSET rows of either end is found by OFFSET from that end: the oldest
  page is the first rows of the list read oldest first (`?page=last`).
- Any other page is found from its neighbour's edge (keyset): the pager's links carry
  `before=<id>` (the rows older than that message) or `after=<id>` (the rows newer), and the
  database starts from that position in its index, so a page a thousand pages deep costs what
  the second page costs. A bare page number deeper than that is a 404 that says so.
"""

import re

from django.core.paginator import InvalidPage, Page, Paginator
from django.http import Http404
from django.utils.functional import cached_property

from core import content_version

from .. import selectors
from ..feed_order import beside
from ..summaries import Listing

MAX_OFFSET = 1000
FILTERED_RESULTS = 1000
CURSORS = ("before", "after")
# The query parameters of paging, for the page cache (core.freshness.public_page).
PAGE_PARAMETERS = ("page", *CURSORS)
DIGITS = re.compile(r"[0-9]{1,18}")


class ArchivePaginator(Paginator):
    def __init__(
        self, object_list, per_page, *, count_key, filtered=False, cursor=None, compiled=None,
    ):
        super().__init__(object_list, per_page)
        self.count_key = count_key
        self.filtered = filtered
        self.cursor = cursor
        # For an unfiltered list, its list_slices.UnfilteredList: its pages' ids by SQL
        # compiled once, where the queryset builds and compiles them.
        self.compiled = compiled

    def _check_object_list_is_ordered(self):
        # Django's warning for an unordered queryset would build a list the view left lazy
        # (built only for a count: core/lazy_querysets.py). Every list paged here is in the
        # feed's order (selectors.message_list).
        pass

    @cached_property
    def counted(self):
        """How many there are, but no more than one past the cap of a filtered list."""
        def count():
            # Only when not kept: a lazy list (core/lazy_querysets.py) is made only then.
            items = self.object_list
            return (items[: FILTERED_RESULTS + 1] if self.filtered else items).count()

        return content_version.recall(
            f"count:{self.count_key}", count, timeout=selectors.until_next_scheduled
        )

    @cached_property
    def capped(self):
        """Whether there are more than a filtered list shows."""
        return self.filtered and self.counted > FILTERED_RESULTS

    @cached_property
    def count(self):
        return min(self.counted, FILTERED_RESULTS) if self.filtered else self.counted

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = min(bottom + self.per_page, self.count)
        if self.cursor is not None:
            rows = self._from_cursor(*self.cursor)
            if not rows:
                raise InvalidPage("That page is no longer there.")
        elif min(bottom, self.count - top) <= MAX_OFFSET:
            rows = self._by_offset(bottom, top)
        else:
            raise InvalidPage(
                "That page is too deep to find by its number. Follow the pages’ links, or "
                "filter the messages by date."
            )
        return ArchivePage(rows, number, self)

    def _by_offset(self, bottom, top):
        """The ids from `bottom` to `top`, counted from whichever end of the list is nearer."""
        if self.count - top < bottom:
            return self._slice(self.count - top, self.count - bottom, oldest_first=True)
        # Not up to the count: a count from before a write that sent no signal (a bulk update)
        # must not cut the list short.
        return self._slice(bottom, bottom + self.per_page, oldest_first=False)

    def _slice(self, start, stop, oldest_first):
        """The ids from `start` to `stop` of the list (read from its oldest end if
        `oldest_first`), newest first."""
        if self.compiled is not None:
            return self.compiled.slice(start, stop, oldest_first)
        ids = self.object_list.values_list("pk", flat=True)
        if not oldest_first:
            return list(ids[start:stop])
        rows = list(ids.reverse()[start:stop])
        rows.reverse()
        return rows

    def _from_cursor(self, direction, message_id):
        if self.compiled is not None:
            return self.compiled.beside(message_id, direction == "before", self.per_page)
        older = direction == "before"
        nearest = beside(self.object_list, message_id, older).values_list("pk", flat=True)
        rows = list(nearest[: self.per_page])
        if not older:
            rows.reverse()
        return rows

    def reachable_by_number(self, number):
        """Whether page `number` is found without a cursor (near enough to either end)."""
        bottom = (number - 1) * self.per_page
        top = min(bottom + self.per_page, self.count)
        return bottom <= MAX_OFFSET or self.count - top <= MAX_OFFSET


class ArchivePage(Page):
    """A page of message ids (the list shows their kept summaries: press/summaries.py), whose
    links to its neighbours carry a cursor when they need one."""

    @property
    def newer_cursor(self):
        if not self.has_previous() or self.paginator.reachable_by_number(self.number - 1):
            return None
        return self.object_list[0]

    @property
    def older_cursor(self):
        if not self.has_next() or self.paginator.reachable_by_number(self.number + 1):
            return None
        return self.object_list[-1]


def cursor_of(query):
    """("before" or "after", message id) from a page's query, None, or a 404 if malformed."""
    given = [(name, query[name]) for name in CURSORS if query.get(name)]
    if not given:
        return None
    if len(given) > 1 or not DIGITS.fullmatch(given[0][1]):
        raise Http404("That page address is not valid.")
    return given[0][0], int(given[0][1])


class ArchivePagingMixin:
    """For a ListView: pages by ArchivePaginator, shown as a `Listing` of their messages' ids.
    Views say what their count is filed under."""

    def count_key(self):
        raise NotImplementedError

    def is_filtered(self):
        return False

    def search_marks(self):
        """The search text whose words the summaries' leads mark ("" for none)."""
        return ""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        listing = Listing(tuple(context["object_list"]), marks=self.search_marks())
        context["object_list"] = context[self.context_object_name] = listing
        return context

    def unfiltered_list(self):
        """For a list with nothing but its own rows, the list_slices.UnfilteredList its
        pages read by compiled SQL; None where the queryset must say (filters)."""
        return None

    def get_paginator(self, queryset, per_page, **kwargs):
        return ArchivePaginator(
            queryset, per_page, count_key=self.count_key(), filtered=self.is_filtered(),
            cursor=cursor_of(self.request.GET), compiled=self.unfiltered_list(),
        )
