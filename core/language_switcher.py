"""The language switcher on every page, and the page's language as HTML names it."""

from functools import lru_cache

from django.urls import Resolver404, resolve, translate_url
from django.utils import translation

from .languages import current_language, local_name, other_language
from .named_urls import named_url, url_state

# A list's place in its pages (a number, or a message it starts before or after): the other
# language's list has its own pages, so the switcher leads to its first.
PAGING = ("page", "before", "after")
# How HTML (and so the browser's Intl, and screen readers) names each site language: the
# site's English is British.
LANGUAGE_TAGS = {"en": "en-GB", "ru": "ru"}


def page_language():
    """"en-GB" or "ru": the value of <html lang>."""
    language = current_language()
    return LANGUAGE_TAGS.get(language, language)


def same_page_elsewhere(request, language):
    """This page's address in `language`, its filters kept, its place in its pages dropped.

    A page that names no address of ours (a 404) leads to the other language's home page.
    """
    query = request.GET.copy()
    for name in PAGING:
        query.pop(name, None)
    translated = _translated(url_state(), request.path, language)
    if translated is None:
        return home_elsewhere(language)
    return f"{translated}?{query.urlencode()}" if query else translated


@lru_cache(maxsize=1024)
def _translated(state, path, language):
    # Resolving the address twice and reversing it was a tenth of a simple page's work; the
    # answer depends only on the URL state (core/named_urls.py), the address and the language.
    try:
        resolve(path)
    except Resolver404:
        return None
    return translate_url(path, language)


def home_elsewhere(language):
    with translation.override(language):
        return named_url("home")


def switcher_link(context, to_home=False):
    """The switcher's link (for includes/language_switcher.html): to this page in the other
    language, or with `to_home` to its home page. `context` is the page's template context.

    A page may name its counterpart itself (`other_language_url`): a message's page names its
    translation, or else the other language's archive.
    """
    language = other_language(current_language())
    request = context.get("request")
    url = context.get("other_language_url")
    if to_home or request is None:
        url = home_elsewhere(language)
    elif url is None:
        url = same_page_elsewhere(request, language)
    return {
        "url": url,
        "language": language,
        "language_tag": LANGUAGE_TAGS.get(language, language),
        "name": local_name(language),
    }
