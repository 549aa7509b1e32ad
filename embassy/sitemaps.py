"""The site's sitemap: the press office's sections, with the home page among the pages."""

from press.sitemaps import SITEMAPS as PRESS_SITEMAPS
from press.sitemaps import NamedPagesSitemap


class SitePagesSitemap(NamedPagesSitemap):
    names = ["home", *NamedPagesSitemap.names]


SITEMAPS = {**PRESS_SITEMAPS, "pages": SitePagesSitemap}
