"""The archive's word search: PostgreSQL's full-text search in each message's language, or
word-by-word `icontains` on SQLite.

On PostgreSQL each message carries `search_document`, a tsvector of its title, lead and body
(weighted A, B, C) read with the text-search configuration of its own language: `english` for
an English message, `russian` for a Russian one, so that "санкциями" finds "санкции" as
"sanctions" finds "sanctioned". The database computes it, in a trigger
(`press_message_search_document`, made by the migration `search_in_each_message_language`) that
runs on every insert and on every update of the title, lead, body or language: every way of
writing a row keeps it right (save(), bulk_create(), update(), COPY, raw SQL). A GIN index
(`message_search_idx`) answers a search's `@@` match.

Why a trigger rather than the stored generated column it replaced: a generated column's
expression cannot change without PostgreSQL rewriting the whole table under a lock; a trigger's
function can be replaced in a moment, and only the rows whose words it reads differently need
computing again (a new language's rows). Adding Russian cost no rewrite of the archive.

A visitor's text is read as `websearch_to_tsquery` reads it, in the page's language (each
language's archive lists that language's messages only): words, "quoted phrases", `-word` to
leave a word out and `or`; it never raises a syntax error, whatever the text. Latin words in a
Russian search are stemmed as English (the `russian` configuration does so). The archive lists
what it finds newest first, or by relevance (`ts_rank`) when asked, with the matched words of
each lead marked (`ts_headline`) when its summary is rendered (press/summaries.py: a kept
summary costs no marking).

SQLite (development and the quick test run) has no tsvector: there the column is always NULL
and a search asks for every word as a case-insensitive substring of the title, lead or body,
reading quotes as plain word boundaries and `-word` as "without this word". It cannot rank by
relevance nor mark the words found: "most relevant" lists newest first there.
"""

from django.contrib.postgres.expressions import ArraySubquery
from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db import connection, connections
from django.db.models import BooleanField, F, Func, Q
from django.utils.html import escape
from django.utils.safestring import mark_safe

# Each language's text-search configuration; a language missing here is read as English.
CONFIGS = {"en": "english", "ru": "russian"}
DEFAULT_CONFIG = "english"
# Fields and their weights, in the order of the document.
WEIGHTED_FIELDS = [("title", "A"), ("lead", "B"), ("body", "C")]
# More words than this add nothing to a substring search but cost a scan of the table each.
MAX_FALLBACK_WORDS = 10
# How many of the newest matches "most relevant" ranks: one more than a filtered list shows
# (FILTERED_RESULTS in press/views/pagination.py), so that the list can tell there are more.
RANKED = 1001
# How ts_headline marks a matched word: private-use characters no text of ours carries, turned
# into <mark> only after the rest of the lead is escaped.
MARK_START, MARK_END = "\ue000", "\ue001"


class OnPostgreSQL(Func):
    """`expression` where the database is PostgreSQL; NULL on the others.

    (The search column was once a generated column of this expression; the migration that
    made it still refers to this class.)
    """

    arity = 1
    template = "%(expressions)s"

    def as_sql(self, compiler, connection, **extra_context):
        if connection.vendor != "postgresql":
            return "NULL", []
        return super().as_sql(compiler, connection, **extra_context)


class OneOf(Func):
    """`value = ANY(array)`. With the array a subquery (ARRAY(SELECT …)), PostgreSQL runs the
    subquery once and looks the values up by index, where `value IN (SELECT …)` may make it
    read the whole table to join the two."""

    arity = 2
    template = "%(expressions)s)"
    arg_joiner = " = ANY("
    output_field = BooleanField()


def config_for(language):
    return CONFIGS.get(language, DEFAULT_CONFIG)


def trigger_function_sql():
    """The trigger function that computes `search_document` for a row (PostgreSQL)."""
    cases = " ".join(
        f"WHEN '{language}' THEN 'pg_catalog.{config}'::regconfig"
        for language, config in CONFIGS.items()
    )
    vectors = " || ".join(
        f"setweight(to_tsvector(config, coalesce(NEW.{field}, '')), '{weight}')"
        for field, weight in WEIGHTED_FIELDS
    )
    return f"""
        CREATE OR REPLACE FUNCTION press_message_search_document() RETURNS trigger
        LANGUAGE plpgsql AS $$
        DECLARE
            config regconfig := CASE NEW.language {cases}
                                ELSE 'pg_catalog.{DEFAULT_CONFIG}'::regconfig END;
        BEGIN
            NEW.search_document := {vectors};
            RETURN NEW;
        END
        $$
    """


def trigger_sql(table="press_message"):
    """The trigger that keeps `table`'s words (the messages' table, or a copy of it).

    It fires on an insert, and on an update that names any column the words come from (or the
    words themselves, so that nothing can write other words there); not on an update of the
    version or the status alone.
    """
    return f"""
        CREATE TRIGGER press_message_search_document
        BEFORE INSERT OR UPDATE OF title, lead, body, language, search_document ON {table}
        FOR EACH ROW EXECUTE FUNCTION press_message_search_document()
    """


def on_postgresql(messages):
    # The vendor of the queryset's own database decides: SQLite has neither tsvector nor
    # websearch_to_tsquery, and the column is NULL there.
    return connections[messages.db].vendor == "postgresql"


def search_query(text, language):
    return SearchQuery(text, search_type="websearch", config=config_for(language))


def matching(messages, text, language):
    """The messages whose title, lead or body match a visitor's search text in `language`."""
    if not on_postgresql(messages):
        return _with_every_word(messages, text)
    return messages.filter(search_document=search_query(text, language))


def with_marked_leads(messages, text, language):
    """Each message with its lead's words that `text` matches marked (`lead_marked`, for
    `marked()`), on PostgreSQL; as they are on SQLite, which cannot mark them."""
    if not on_postgresql(messages):
        return messages
    return messages.annotate(lead_marked=SearchHeadline(
        "lead", search_query(text, language), config=config_for(language), highlight_all=True,
        start_sel=MARK_START, stop_sel=MARK_END,
    ))


def by_relevance(messages, text, language):
    """Found messages (`matching()`, every other filter applied) most relevant first, newest
    first among equals.

    Only the newest RANKED are ranked, as a filtered list shows no more (press/views/
    pagination.py): ordering by rank reads every row it orders, and a common word matches
    most of the archive. On SQLite, where nothing can rank, the list's own order.
    """
    if not on_postgresql(messages):
        return messages
    newest = messages.order_by("-published_at", "-id").values("pk")[:RANKED]
    return (
        messages.filter(OneOf(F("pk"), ArraySubquery(newest)))
        .annotate(relevance=SearchRank(F("search_document"), search_query(text, language)))
        .order_by("-relevance", "-published_at", "-id")
    )


def marked(headline):
    """A lead from `with_marked_leads()` as HTML: escaped, its matched words in <mark>."""
    text = escape(headline)
    return mark_safe(text.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>"))


def has_search_words(text, language):
    """Whether `text` holds any word a search can look for (not only stop words like "и в").

    Asked only when a search found nothing, to say why. SQLite searches every word as typed.
    """
    if connection.vendor != "postgresql":
        return True
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT numnode(websearch_to_tsquery(%s::regconfig, %s)) > 0",
            [config_for(language), text],
        )
        return cursor.fetchone()[0]


def _with_every_word(messages, text):
    for word in text.replace('"', " ").split()[:MAX_FALLBACK_WORDS]:
        if word.startswith("-") and len(word) > 1:
            messages = messages.exclude(_contains(word[1:]))
        else:
            messages = messages.filter(_contains(word))
    return messages


def _contains(word):
    return Q(title__icontains=word) | Q(lead__icontains=word) | Q(body__icontains=word)
