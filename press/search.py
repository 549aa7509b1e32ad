"""The archive's word search: PostgreSQL's full-text search, or word-by-word `icontains`.

On PostgreSQL each message carries `search_document`, a tsvector column the database itself
computes from the title, lead and body (a stored generated column, so every way of writing a
row keeps it right: save(), bulk_create(), update(), raw SQL), with a GIN index on it made by
the migration `message_search_document`; a search is one `@@` match that the index answers.
A visitor's text is read as `websearch_to_tsquery` reads it: words (stemmed, so "sanction"
finds "sanctions"), "quoted phrases", `-word` to leave a word out and `or`; it never raises a
syntax error, whatever the text.

SQLite (development and the quick test run) has no tsvector: there the column is always NULL
and a search asks for every word as a case-insensitive substring of the title, lead or body,
reading quotes as plain word boundaries and `-word` as "without this word".
"""

from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db import connections
from django.db.models import Func, Q

# The site publishes in English, so English stemming and stop words serve its readers: a search
# for "negotiations" finds "negotiating". A message in another language (the model allows
# Russian) is still found by its exact word forms, lowercased; only its stemming is lost.
CONFIG = "english"
# More words than this add nothing to a substring search but cost a scan of the table each.
MAX_FALLBACK_WORDS = 10


class OnPostgreSQL(Func):
    """`expression` where the database is PostgreSQL; NULL on the others.

    The one model, and so the one migration, must build on both databases, and only
    PostgreSQL has `to_tsvector`.
    """

    arity = 1
    template = "%(expressions)s"

    def as_sql(self, compiler, connection, **extra_context):
        if connection.vendor != "postgresql":
            return "NULL", []
        return super().as_sql(compiler, connection, **extra_context)


def document():
    """A message's words, its title weighted above its lead above its body.

    The weights (A, B, C) count only when results are ranked by relevance, which the archive
    does not do yet: it lists the messages found newest first, like everything else in it.
    The body is indexed as the Markdown it is written in: the parser reads its markup as
    punctuation, and the rendered HTML would add nothing but tags.
    """
    return OnPostgreSQL(
        SearchVector("title", weight="A", config=CONFIG)
        + SearchVector("lead", weight="B", config=CONFIG)
        + SearchVector("body", weight="C", config=CONFIG)
    )


def matching(messages, text):
    """The messages whose title, lead or body match a visitor's search text."""
    # The vendor of the queryset's own database decides: SQLite has neither tsvector nor
    # websearch_to_tsquery, and the model's column is NULL there.
    if connections[messages.db].vendor == "postgresql":
        return messages.filter(
            search_document=SearchQuery(text, search_type="websearch", config=CONFIG)
        )
    return _with_every_word(messages, text)


def _with_every_word(messages, text):
    for word in text.replace('"', " ").split()[:MAX_FALLBACK_WORDS]:
        if word.startswith("-") and len(word) > 1:
            messages = messages.exclude(_contains(word[1:]))
        else:
            messages = messages.filter(_contains(word))
    return messages


def _contains(word):
    return Q(title__icontains=word) | Q(lead__icontains=word) | Q(body__icontains=word)
