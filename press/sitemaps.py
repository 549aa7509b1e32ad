"""The press office's sitemap sections: the archive, the categories and every published message.

The messages are split by id into blocks of SECTION_SIZE, each its own section
(`messages-<block>`): well within the protocol's 50,000 URLs, and each made from one range of
the primary key, so a section costs the same at any size of archive. The site's sitemap
(embassy/sitemaps.py) lists the sections in an index and adds its own pages.
"""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from core import content_version
from core.timekeeping import home_zone

from . import selectors

SECTION_SIZE = 5000


class NamedPagesSitemap(Sitemap):
    """Pages with no object of their own, by URL name."""

    changefreq = "daily"
    names = ["press:message-list", "press:category-list"]

    def items(self):
        return self.names

    def location(self, name):
        return reverse(name)


class CategorySitemap(Sitemap):
    changefreq = "weekly"

    def items(self):
        return selectors.categories().only("slug")

    def location(self, category):
        return reverse("press:category-detail", kwargs={"slug": category.slug})


class MessageSitemap(Sitemap):
    """The published messages whose ids fall in one block of SECTION_SIZE."""

    limit = SECTION_SIZE

    def __init__(self, block):
        self.block = block

    def items(self):
        first = self.block * SECTION_SIZE
        return (
            selectors.message_list()
            .filter(pk__gte=first, pk__lt=first + SECTION_SIZE)
            .only("slug", "published_at", "updated_at")
            .order_by("pk")
        )

    def lastmod(self, message):
        return message.updated_at

    def entries(self):
        """(address, last modified) of every message in the block, made without a model
        instance, a reverse() or a template per message: a section of 5,000 costs tens of
        milliseconds instead of a second and a half."""
        path = message_path_maker()
        rows = self.items().values_list("slug", "published_at", "updated_at")
        return [(path(slug, published_at), updated_at) for slug, published_at, updated_at in rows]


def message_path_maker():
    """A function (slug, published_at) -> the message's address, as Message.get_absolute_url
    makes it (the date in the home zone), from one reverse() with markers put in."""
    markers = {"year": 1111, "month": "22", "day": "33", "slug": "SLUG-MARKER"}
    pattern = reverse("press:message-detail", kwargs=markers)
    prefix, _, rest = pattern.partition("1111/22/33/SLUG-MARKER")
    zone = home_zone()

    def path(slug, published_at):
        local = published_at.astimezone(zone)
        return f"{prefix}{local.year}/{local.month:02d}/{local.day:02d}/{slug}{rest}"

    return path


def message_blocks():
    """The blocks of ids from the first published message's to the last's (cached per
    version: two reads of the primary key's ends)."""

    def blocks():
        ids = selectors.message_list().order_by("pk").values_list("pk", flat=True)
        first, last = ids.first(), ids.last()
        if first is None:
            return []
        return list(range(first // SECTION_SIZE, last // SECTION_SIZE + 1))

    return content_version.remember(
        "sitemap-blocks", blocks, timeout=selectors.until_next_scheduled
    )


SITEMAPS = {"pages": NamedPagesSitemap, "categories": CategorySitemap}
MESSAGES_SECTION = "messages-{block}"
