"""The press office's sitemap sections: the archive, the categories and every published message.

Each page is listed in each language it exists in, with `hreflang` alternates naming the
other: the archive and the categories exist in both; a message in its own language, with its
translation as its alternate when that is public too.

The messages are split by id into blocks of SECTION_SIZE, each its own section
(`messages-<block>`): well within the protocol's 50,000 URLs, and each made from one range of
the primary key, so a section costs the same at any size of archive. The site's sitemap
(embassy/sitemaps.py) lists the sections in an index and adds its own pages.
"""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse
from django.utils import translation

from core import content_version
from core.languages import site_languages

from . import selectors

SECTION_SIZE = 5000


class NamedPagesSitemap(Sitemap):
    """Pages with no object of their own, by URL name, in every language."""

    changefreq = "daily"
    names = ["press:message-list", "press:category-list"]
    i18n = True
    alternates = True

    def items(self):
        return self.names

    def location(self, name):
        return reverse(name)


class CategorySitemap(Sitemap):
    changefreq = "weekly"
    i18n = True
    alternates = True

    def items(self):
        return selectors.categories().only("slug")

    def location(self, category):
        return reverse("press:category-detail", kwargs={"slug": category.slug})


class MessageSection:
    """The published messages (of both languages) whose ids fall in one block of SECTION_SIZE.

    Not a Django Sitemap: the site writes these sections itself (embassy/sitemaps.py), from
    `entries()`."""

    def __init__(self, block):
        self.ids = range(block * SECTION_SIZE, (block + 1) * SECTION_SIZE)

    def entries(self):
        """(address, day last modified, alternates) of every message in the block, made without
        a model instance, a reverse(), a template or a time zone conversion per message (the
        database writes the days, `selectors.home_day`): a section of 5,000 costs tens of
        milliseconds instead of a second and a half. `alternates` are (language, address) of
        the message and its public translation, or empty when it has none.

        Two queries: the block's rows, then the public translations of its messages (by the
        block's range of ids, or by id), each answered from an index."""
        path = message_path_maker()
        rows = list(
            selectors.every_published_message()
            .filter(pk__gte=self.ids.start, pk__lt=self.ids.stop).order_by("pk")
            .annotate(
                day=selectors.home_day("published_at"), changed=selectors.home_day("updated_at"),
            )
            .values_list("pk", "slug", "day", "language", "changed", "translation_of")
        )
        partners = selectors.public_translations(
            self.ids, {original: pk for pk, *_, original in rows if original is not None},
        )
        entries = []
        for pk, slug, day, language, changed, _ in rows:
            address = path(slug, day, language)
            alternates = []
            if pk in partners:
                alternates = sorted([(language, address), (partners[pk][2], path(*partners[pk]))])
            entries.append((address, changed, alternates))
        return entries


def message_path_maker():
    """A function (slug, day, language) -> the message's address, as Message.get_absolute_url
    makes it (`day` is the home zone's day of its publication, "2026-11-28"; /ru/ for
    Russian), from one reverse() per language with markers put in."""
    markers = {"year": 1111, "month": "22", "day": "33", "slug": "SLUG-MARKER"}
    patterns = {}
    for language in site_languages():
        with translation.override(language):
            pattern = reverse("press:message-detail", kwargs=markers)
        patterns[language] = pattern.partition("1111/22/33/SLUG-MARKER")

    def path(slug, day, language):
        prefix, _, rest = patterns[language]
        year, month, day_of_month = day.split("-")
        # The year as a number, as the address's <int:year> writes it.
        return f"{prefix}{int(year)}/{month}/{day_of_month}/{slug}{rest}"

    return path


def message_blocks():
    """The blocks of ids from the first published message's to the last's (cached per
    version: two reads of the primary key's ends)."""

    def blocks():
        ids = selectors.every_published_message().order_by("pk").values_list("pk", flat=True)
        first, last = ids.first(), ids.last()
        if first is None:
            return []
        return list(range(first // SECTION_SIZE, last // SECTION_SIZE + 1))

    return content_version.recall(
        "sitemap-blocks", blocks, timeout=selectors.until_next_scheduled
    )


MESSAGES_SECTION = "messages-{block}"
