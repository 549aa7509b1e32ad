"""The addresses of pages whose URL takes no argument, reversed once per language, and of
static files, worked out once.

`reverse()` walks the URL resolver's tables on every call, and every public page makes about
ten such calls (the navigation, the feed links, the footer's pages). For a name with no
arguments the answer changes only with the URL configuration, the script prefix and the
language, so it is kept under those: a test that swaps the URL configuration gets a new
resolver (Django clears its cache), and with it new entries.

A static file's address (`{{ static("js/clocks.js") }}`, three on every page) is looked up in
the storage's manifest and joined to STATIC_URL on every call; it changes only with the
storage, which Django makes anew when a test changes its settings.
"""

from functools import lru_cache

from django.conf import STATICFILES_STORAGE_ALIAS
from django.core.files.storage import storages
from django.templatetags.static import static
from django.urls import get_resolver, get_script_prefix, get_urlconf, reverse
from django.utils.translation import get_language


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
    return _reversed(url_state() if state is None else state, name)


@lru_cache(maxsize=512)
def _reversed(state, name):
    # A name that does not reverse raises, and nothing is kept for it.
    return reverse(name)


def static_url(path):
    """static(path): the address of a static file."""
    return _static(storages[STATICFILES_STORAGE_ALIAS], path)


@lru_cache(maxsize=256)
def _static(storage, path):
    # `storage` is the one static() asks: the key changes when it does.
    return static(path)
