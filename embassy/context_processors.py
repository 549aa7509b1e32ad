from django.utils.functional import SimpleLazyObject

from .header import build_header


def header(request):
    # Lazy: built (and its queries run, and its midnight freshness bound recorded) only when a
    # template shows the header; the admin's pages never do.
    return {"header": SimpleLazyObject(lambda: build_header(request))}
