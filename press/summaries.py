"""Message summaries, each rendered once per content version and language and kept.

A list page (home, the archive, a category) is mostly its twenty summaries, and Django's
template engine made each cost a millisecond. A summary shows only its message's own columns
and lead image, which a save moves the content version for, so it is rendered once and read
back, all of a page's summaries in one cache round trip (core.content_version.recall_all).

A list therefore asks the database only for its messages' ids (`Listing`); the rows of the
summaries not kept are read in one more query, and so are a search's marked leads
(`ts_headline`), which cost the database more than finding the messages did. Loading twenty
rows as models and marking their leads on every request was about a quarter of a search's
instructions (callgrind).
"""

import hashlib
from dataclasses import dataclass

from django.template.loader import render_to_string

from core import content_version
from core.languages import current_language

from . import search, selectors

TEMPLATE = "press/includes/message_summary.html"


@dataclass(frozen=True)
class Listing:
    """The messages a list shows, as their ids in its order, and the search text whose words
    their leads mark ("" for a list that is not a search's, or where nothing can mark them).
    """

    ids: tuple[int, ...]
    marks: str = ""

    def __iter__(self):
        return iter(self.ids)

    def __len__(self):
        return len(self.ids)


def summaries(listing, heading="h2"):
    """The HTML of each listed message's summary, its title in a `heading` element (h2 under a
    page's h1, h3 under a section's h2). A message that left the public since its id was read
    is left out."""
    language = current_language()
    # A search marks the words it found in each lead: the same message reads differently per
    # search, so the search is part of the key.
    marks = (
        hashlib.md5(listing.marks.encode(), usedforsecurity=False).hexdigest()
        if listing.marks else ""
    )

    def render_missed(missed):
        rows = selectors.summary_rows(missed)
        if listing.marks:
            rows = search.with_marked_leads(rows, listing.marks, language)
        loaded = {message.pk: message for message in rows}
        return [
            render_to_string(TEMPLATE, {"message": loaded[pk], "heading": heading})
            if pk in loaded else None
            for pk in missed
        ]

    kept = content_version.recall_all(
        "summary", listing.ids, lambda pk: f"{pk}:{heading}:{marks}", render_missed
    )
    return [html for html in kept if html is not None]
