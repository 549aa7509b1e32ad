"""Small read functions through which the public pages (and other apps) read press content.

They all start from `Message.objects.published()`, the one public gate. Each language's pages
show that language's messages only: the lists take the page's `language`.
"""

import json
from datetime import UTC, datetime
from functools import lru_cache

from django.core.exceptions import ObjectDoesNotExist
from django.db.models import (
    CharField,
    Count,
    OuterRef,
    Prefetch,
    Q,
    Subquery,
    Value,
)
from django.db.models.functions import Cast, Coalesce, JSONObject, TruncDate
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from core import content_version
from core.compiled_bundles import CompiledBundle
from core.compiled_queries import CompiledQuery
from core.timekeeping import home_zone, seconds_until

from .feed_order import RowValue, feed_position
from .models import Category, Message, Person, State
from .page_lists import LISTS, PAGE_LISTS

# The columns a message's summary in a list shows (it names its kind); its row loads nothing
# else (the body is long). The language is part of a message's address (/ru/…). The lead
# image comes in the same query (a join), for the thumbnail.
LEAD_IMAGE_COLUMNS = [
    "lead_image__image", "lead_image__width", "lead_image__height", "lead_image__alt_text",
]
LIST_COLUMNS = [
    "id", "kind", "title", "slug", "lead", "published_at", "language", *LEAD_IMAGE_COLUMNS,
]
# A feed item also carries when it last changed; a JSON Feed item its rendered body too.
FEED_COLUMNS = [*LIST_COLUMNS, "updated_at"]
# What a link to a neighbouring message needs: its title and its address.
NEIGHBOUR_COLUMNS = ["title", "slug", "published_at", "language"]
# A message's translation may be on either side of the link (translations.py); both sides are
# joined to the message's own row, with what a link to it needs: its address, and its state,
# since only a public translation is linked to.
PAIR_SIDES = ["translation_of", "translated_as"]
PARTNER_COLUMNS = ["slug", "published_at", "language", "status", "deleted_at"]


def _categories():
    return Prefetch("categories", queryset=Category.objects.only("name", "slug"))


def home_messages(limit, language):
    """(the newest published message in `language` marked featured, or None; its people; the
    ids of the `limit` newest published messages in `language` but it), in one statement: the
    featured message's row, with its people and the latest ids gathered into it
    (core/compiled_bundles.py). With none featured, the latest ids alone.

    The home page shows the featured message whole: its rendered body, not the Markdown it was
    written in. A list shows kept summaries (press/summaries.py): rows only for the missed.
    """
    now = timezone.now()
    found = _featured(limit).rows(language=language, now=now)
    if not found:
        return None, [], _newest(limit).ids(language=language, now=now, left_out=0)
    featured = found[0]
    beside = _beside_featured(limit).from_gathered(featured)
    return featured, beside["people"], beside["latest"]


# The home page's queries are compiled once (core/compiled_queries.py): building and compiling
# them was two fifths of the page's work. One per number of latest messages (the site's
# settings choose 1 to 50), which SQL writes in its text.
@lru_cache(maxsize=64)
def _featured(limit):
    return CompiledQuery(
        lambda language, now: (
            Message.objects.published(now)
            .filter(featured=True, language=language)
            # The Markdown and the search index are not shown; only body_html is.
            .defer("body", "search_document")
            .select_related("lead_image")
            .annotate(**_beside_featured(limit).gathered(
                language=language, now=now, left_out=OuterRef("pk"), pk=OuterRef("pk")
            ))[:1]
        ),
        language=str, now=datetime,
    )


@lru_cache(maxsize=64)
def _beside_featured(limit):
    return CompiledBundle({"latest": _newest(limit), "people": LISTS["people"]}, ids=["latest"])


@lru_cache(maxsize=64)
def _newest(limit):
    # No message has the id 0, which leaves out none.
    return CompiledQuery(
        lambda language, now, left_out: (
            Message.objects.published(now).filter(language=language)
            .exclude(pk=left_out).only("pk")[:limit]
        ),
        language=str, now=datetime, left_out=int,
    )


def message_list(language, now=None, category=None):
    """Every published message in `language` (published by `now`; in `category`, an instance
    or an id, if given), newest first.

    The archive's FilterSet and the feeds narrow this queryset; nothing widens it past the gate.
    """
    messages = Message.objects.published(now).filter(language=language)
    return messages if category is None else messages.filter(categories=category)


def every_published_message():
    """The published messages of both languages, for what lists them all (the sitemap)."""
    return Message.objects.published()


def summary_rows(ids):
    """The public messages among `ids`, with the columns a summary shows (by primary key: the
    list picked and ordered them)."""
    return (
        Message.objects.published().filter(pk__in=ids)
        .select_related("lead_image").only(*LIST_COLUMNS)
    )


def feed_items(ids, with_body=False):
    """The public messages among `ids`, with what a feed item carries (by primary key: the
    feed picked and ordered them)."""
    columns = [*FEED_COLUMNS, "body_html"] if with_body else FEED_COLUMNS
    return list(
        Message.objects.published().filter(pk__in=ids)
        .select_related("lead_image").only(*columns).prefetch_related(_categories())
    )


def message_pages(now=None):
    """Messages that have a public page, with their row's part of what it shows (the lists
    beside it are `page_lists.page_lists(message)`), in one query.

    That is the published ones and the withdrawn ones (their page stays, with a dated notice);
    their previous and next messages are published ones only.

    The previous (older) and next (newer) messages, in the message's own language, come as
    scalar subqueries of the one row query rather than as two more queries, and its translation
    is joined to it; `neighbours()` and `translation()` turn them into messages to link to.
    Each neighbour compares the row value (published_at, id) with the message's own, which the
    language's feed index answers by starting at the message's place: the oldest message's
    page costs what the newest's does, at any size of archive.
    """
    published = (
        Message.objects.published(now)
        .filter(language=OuterRef("language"))
        .alias(position=feed_position())
    )
    here = RowValue(OuterRef("published_at"), OuterRef("id"))
    older = published.filter(position__lt=here).order_by("-published_at", "-id")
    newer = published.filter(position__gt=here).order_by("published_at", "id")
    return (
        with_partners(Message.objects.viewable(now))
        .defer("body", "search_document", "created_by", "updated_by")
        .annotate(**_neighbour_annotations("previous", older))
        .annotate(**_neighbour_annotations("next", newer))
        .select_related("lead_image")
    )


# A message's page reads its row by this query, compiled once (core/compiled_queries.py):
# building and compiling it on every request was the largest part of the page's work. The
# lists beside it come gathered into the row (page_lists.py): the page is one statement.
MESSAGE_PAGE = CompiledQuery(
    lambda since, until, slug, now: message_pages(now).filter(
        published_at__gte=since, published_at__lt=until, slug=slug
    ).annotate(**PAGE_LISTS.gathered(pk=OuterRef("pk"))),
    since=datetime, until=datetime, slug=str, now=datetime,
)


def message_page(since, until, slug):
    """The message of `message_pages()` at `slug`, published from `since` until `until` (the
    day its address names), or None."""
    found = MESSAGE_PAGE.rows(since=since, until=until, slug=slug, now=timezone.now())
    return found[0] if found else None


def _neighbour_annotations(prefix, neighbours):
    # One subquery a neighbour, its columns in one JSON object: building and compiling a
    # subquery a column cost a message's page more CPU than everything else it does.
    columns = JSONObject(**{column: column for column in NEIGHBOUR_COLUMNS})
    return {f"{prefix}_neighbour": Subquery(neighbours.values(json=columns)[:1])}


def neighbours(message):
    """(previous, next) of a message from `message_pages()`: unsaved stand-ins, or None."""

    def stand_in(values):
        if not values:
            return None
        if isinstance(values, str):  # SQLite hands JSON over as text
            values = json.loads(values)
        moment = parse_datetime(values["published_at"])
        # The database writes the instant in UTC; SQLite without its offset.
        values["published_at"] = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
        return Message(**values)

    return stand_in(message.previous_neighbour), stand_in(message.next_neighbour)


def with_partners(messages):
    """`messages` with both sides of their translation pair joined to them (for
    `translation()`).

    Only what a link to a translation needs is loaded of it: its text is never shown where it
    is linked to.
    """
    messages = messages.select_related(*PAIR_SIDES)
    unused = [
        f"{side}__{field.name}"
        for side in PAIR_SIDES
        for field in Message._meta.concrete_fields
        if field.name not in {"id", *PARTNER_COLUMNS}
    ]
    return messages.defer(*unused)


def home_day(instant):
    """The day of the column `instant` in the home zone, as the database writes it
    ("2026-11-28"): for lists of thousands of rows (a sitemap section), where parsing each
    instant and converting it to the zone in Python cost more than the query."""
    return Cast(TruncDate(instant, tzinfo=home_zone()), CharField())


def public_translations(ids, translations_of):
    """{message id: (slug, home_day of publication, language) of its public translation}, for
    messages whose ids are in the range `ids`; `translations_of` maps the messages each of
    those translates to the one translating it ({original id: translation id})."""
    partners = (
        Message.objects.published()
        .filter(
            Q(translation_of__gte=ids.start, translation_of__lt=ids.stop)
            | Q(pk__in=list(translations_of))
        )
        .annotate(day=home_day("published_at"))
        .values_list("pk", "translation_of", "slug", "day", "language")
    )
    found = {}
    for pk, original, *address in partners:
        if original is not None and original in ids:
            found[original] = tuple(address)  # it translates a message of the range
        if pk in translations_of:
            found[translations_of[pk]] = tuple(address)  # a message of the range translates it
    return found


def translation(message):
    """The public translation of a message loaded `with_partners()`, or None."""
    for side in PAIR_SIDES:
        try:
            partner = getattr(message, side)
        except ObjectDoesNotExist:  # no message on that side of the pair
            continue
        if partner is not None and partner.state == State.PUBLIC:
            return partner
    return None


# A category's page counts its messages exactly; the list of categories counts each no
# further than this, so that it reads a bounded number of rows however large the archive.
CATEGORY_COUNT_CAP = 1000


def categories_with_counts(language):
    """Every category with how many published messages in `language` it holds, up to
    CATEGORY_COUNT_CAP + 1 (`count_capped` then says there are more). Cached for the content
    version (and the language: the names are the page's)."""

    def load():
        # Any of its messages, in no order: the database stops at the cap.
        some = (
            Message.objects.published()
            .filter(language=language, categories=OuterRef(OuterRef("pk")))
            .order_by()
            .values("pk")[: CATEGORY_COUNT_CAP + 1]
        )
        counted = (
            Message.objects.filter(pk__in=Subquery(some))
            .order_by()
            .annotate(group=Value(1))
            .values("group")
            .annotate(count=Count("pk"))
            .values("count")
        )
        categories = list(Category.objects.annotate(message_count=Coalesce(counted, 0)))
        for category in categories:
            category.count_capped = category.message_count > CATEGORY_COUNT_CAP
            category.message_count = min(category.message_count, CATEGORY_COUNT_CAP)
        return categories

    return content_version.recall(
        "categories-with-counts", load, timeout=until_next_scheduled
    )


def categories():
    return Category.objects.all()


def category_at(slug):
    """The category whose address is `slug`, or None, kept per content version: a category's
    page reads no category row, and an address of no category (a typo, a crawler's guess) is
    told from the filter's kept choices, with no query and nothing kept for it."""
    if slug not in dict(category_choices()):
        return None
    return content_version.recall(
        f"category:{slug}", lambda: Category.objects.filter(slug=slug).first()
    )


def category_choices():
    """(slug, name) pairs for a filter's drop-down, in the categories' own order."""
    return content_version.recall(
        "category-choices", lambda: list(Category.objects.values_list("slug", "name"))
    )


def person_choices():
    """(slug, name) pairs for a filter's drop-down, by name."""
    return content_version.recall(
        "person-choices", lambda: list(Person.objects.values_list("slug", "name"))
    )


def next_scheduled_at():
    """The time the next scheduled (published, future-dated) message goes public, or None.

    Cached for the content version until that time: every cached page and count asks.
    """
    return content_version.recall(
        "next-scheduled",
        lambda: Message.objects.scheduled()
        .order_by("published_at")
        .values_list("published_at", flat=True)
        .first(),
        timeout=lambda instant: None if instant is None else seconds_until(instant) + 1,
    )


def until_next_scheduled(value=None):
    """For `content_version.recall`: keep a value about public messages until the next
    scheduled one comes out (None: until the next change of content)."""
    scheduled = next_scheduled_at()
    return None if scheduled is None else seconds_until(scheduled) + 1
