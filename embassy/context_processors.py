from django.utils.functional import SimpleLazyObject

from .header import build_header
from .navigation import navigation


def header(request):
    # Lazy: built (and its queries run, and its midnight freshness bound recorded) only when a
    # template shows the header; the admin's pages never do.
    return {"header": SimpleLazyObject(lambda: build_header(request))}


def site_navigation(request):
    # Lazy like the header: only the public pages show it.
    return {"site_navigation": SimpleLazyObject(lambda: navigation(request))}
