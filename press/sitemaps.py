"""The press office's sitemap sections: the archive, the categories and every published message.

The site's sitemap (embassy/sitemaps.py) adds its own pages to these.
"""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from . import selectors


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
    def items(self):
        return selectors.message_list().only("slug", "published_at", "updated_at")

    def lastmod(self, message):
        return message.updated_at


SITEMAPS = {"pages": NamedPagesSitemap, "categories": CategorySitemap, "messages": MessageSitemap}
