"""The addresses of pages, reversed once per language and arguments, and of static files,
worked out once.

`reverse()` walks the URL resolver's tables on every call (about 25 µs), and every public page
makes about ten such calls (the navigation, the feed links, the footer's pages), and a message
page four more (its neighbours, its categories). The answer changes only with the URL
configuration, the script prefix, the language and the arguments, so it is kept under those:
for a name with no arguments for good; for one with arguments (a message's date and slug, a
category's slug) the most recently asked are kept. A test that swaps the URL configuration
gets a new resolver (Django clears its cache), and with it new entries.

A static file's address (`{{ static("js/clocks.js") }}`, three on every page) is looked up in
the storage's manifest and joined to STATIC_URL on every call; it changes only with the
storage, which Django makes anew when a test changes its settings.
"""

from functools import lru_cache

from django.conf import STATICFILES_STORAGE_ALIAS
from django.core.files.storage import storages
from django.templatetags.static import static
from django.urls import get_resolver, get_script_prefix, get_urlconf, reverse
from django.utils import translation
from django.utils.translation import get_language

# The addresses kept: the site's named pages in each language, and those with arguments a few
# thousand recent pages asked for (a message page asks for its two neighbours'; a list, for
# none: its summaries are kept whole).
KEPT = 8192


def url_state():
    """What reverse() and resolve() read of the request's state: the URL configuration's
    resolver, the script prefix and the language. A key for what they answer."""
    return get_resolver(get_urlconf()), get_script_prefix(), get_language()


def named_url(name, state=None):
    """reverse(name), for a URL name that takes no argument.

    `state`, if given, is what url_state() answered a moment ago: each of the three reads it
    makes is an asgiref `Local`'s (about 15,000 CPU instructions each), so a template render,
    which cannot change them, reads them once for its ten addresses.
    """
    return _reversed(*(url_state() if state is None else state), name, (), ())


def url_with(name, args=(), kwargs=None, language=None, state=None):
    """reverse(name, args=args, kwargs=kwargs), in `language` if given (a message's address is
    in its own language, whatever the page's), else in the active one; `state` as for
    named_url.

    The arguments are part of the key, so only text and numbers are kept: anything else (a
    model instance, which reverse() would turn into text) is reversed afresh each time."""
    resolver, prefix, active = url_state() if state is None else state
    args, kwargs = tuple(args), tuple(sorted((kwargs or {}).items()))
    key = (resolver, prefix, language or active, name, args, kwargs)
    if all(type(value) in (str, int) for value in (*args, *(value for _name, value in kwargs))):
        return _reversed(*key)
    return _reverse_in(*key)


@lru_cache(maxsize=KEPT)
def _reversed(resolver, prefix, language, name, args, kwargs):
    # A name that does not reverse raises, and nothing is kept for it.
    return _reverse_in(resolver, prefix, language, name, args, kwargs)


def _reverse_in(resolver, prefix, language, name, args, kwargs):
    # `resolver` and `prefix` are what reverse() reads of the request's state: keys only.
    if language == get_language():
        return reverse(name, args=args, kwargs=dict(kwargs))
    with translation.override(language):
        return reverse(name, args=args, kwargs=dict(kwargs))


def static_url(path):
    """static(path): the address of a static file."""
    return _static(storages[STATICFILES_STORAGE_ALIAS], path)


@lru_cache(maxsize=256)
def _static(storage, path):
    # `storage` is the one static() asks: the key changes when it does.
    return static(path)
