"""How long a rendered public page may be reused, by browsers, proxies or the page cache.

A page can carry facts that expire at a known instant: the header's date and counters change
at the next midnight of the home zone; a consular office's "Open now" changes at its next
opening or closing time. Whatever renders such a fact calls `fresh_until(request, instant)`.
The page-cache middleware (embassy/page_cache.py) then caps the response's lifetime at the
earliest such instant, and stores the page in the server-side cache for no longer than that.

Every public view is wrapped in `public_page`, which marks it cacheable for the page cache's
lifetime (the middleware shortens that as above) and declares the query parameters the page
understands: the page cache files a page under those alone, in a canonical order, so that a
query string of junk is served the stored page instead of making a new one.
"""

from dataclasses import dataclass
from functools import partial

from django.conf import settings
from django.http import QueryDict
from django.views.decorators.cache import cache_control


@dataclass(frozen=True)
class PageParameters:
    """The query parameters a public page reads, in the order its links write them. Of
    `multiple` ones every value counts (in no order); of the others the last, as Django's
    forms read them."""

    names: tuple = ()
    multiple: frozenset = frozenset()

    def canonical(self, query):
        """`query` (a QueryDict) reduced to what the page reads, in one order, without blanks.

        Two query strings that the page reads alike give the same canonical string.
        """
        canonical = QueryDict(mutable=True)
        for name in self.names:
            if name in self.multiple:
                values = sorted({value for value in query.getlist(name) if value})
            else:
                last = query.get(name, "")
                values = [last] if last else []
            if values:
                canonical.setlist(name, values)
        return canonical.urlencode()


def public_page(view=None, *, parameters=(), multiple=()):
    """Mark `view` as a public page, cacheable anywhere, that reads the given parameters
    (`multiple`: those of them that may be repeated, every value counting)."""
    if view is None:
        return partial(public_page, parameters=parameters, multiple=multiple)
    page = cache_control(public=True, max_age=settings.CACHE_MIDDLEWARE_SECONDS)(view)
    page.page_parameters = PageParameters(tuple(parameters), frozenset(multiple))
    return page


def fresh_until(request, instant):
    """Record that what this request renders stops being true at `instant` (aware)."""
    current = getattr(request, "fresh_until", None)
    if current is None or instant < current:
        request.fresh_until = instant


def true_until(request):
    """The earliest instant recorded with `fresh_until` for this request, or None."""
    return getattr(request, "fresh_until", None)
