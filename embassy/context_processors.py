from django.utils.functional import SimpleLazyObject

from core.languages import active_gettext
from core.named_urls import url_state

from .header import build_header
from .jinja_environment import url_in
from .navigation import navigation


def header(request):
    # Lazy: built (and its queries run, and its midnight freshness bound recorded) only when a
    # template shows the header; the admin's pages never do.
    return {"header": SimpleLazyObject(lambda: build_header(request))}


def site_navigation(request):
    # Lazy like the header: only the public pages show it.
    return {"site_navigation": SimpleLazyObject(lambda: navigation(request))}


def render_language(request):
    # The page's gettext, ngettext and url() with the language and the URL state read once
    # for the render rather than on each of their dozens of calls (core/languages.py,
    # active_gettext). They stand in for the environment's globals of the same names.
    gettext, ngettext = active_gettext()
    return {"gettext": gettext, "ngettext": ngettext, "url": url_in(url_state())}
