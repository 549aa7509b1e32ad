"""Message summaries, each rendered once per content version and language and kept.

A list page (home, the archive, a category) is mostly its twenty summaries, and Django's
template engine made each cost a millisecond. A summary shows only its message's own columns
and lead image, which a save moves the content version for, so it is rendered once and read
back, all of a page's summaries in one cache round trip (core.content_version.recall_each).
"""

import hashlib

from django.template.loader import render_to_string

from core import content_version

TEMPLATE = "press/includes/message_summary.html"


def summaries(messages, heading="h2"):
    """The HTML of each message's summary, its title in a `heading` element (h2 under a page's
    h1, h3 under a section's h2)."""
    messages = list(messages)

    def key_of(message):
        # A search marks the words it found in the lead: the same message reads differently
        # per search, so the marked lead is part of its key.
        marked = getattr(message, "lead_marked", None)
        marks = hashlib.md5(marked.encode(), usedforsecurity=False).hexdigest() if marked else ""
        return f"{message.pk}:{heading}:{marks}"

    def render(message):
        return render_to_string(TEMPLATE, {"message": message, "heading": heading})

    return content_version.recall_each("summary", messages, key_of, render)
