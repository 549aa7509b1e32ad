"""The addresses of pages whose URL takes no argument, reversed once per language.

`reverse()` walks the URL resolver's tables on every call, and every public page makes about
ten such calls (the navigation, the feed links, the footer's pages). For a name with no
arguments the answer changes only with the URL configuration, the script prefix and the
language, so it is kept under those: a test that swaps the URL configuration gets a new
resolver (Django clears its cache), and with it new entries.
"""

from functools import lru_cache

from django.urls import get_resolver, get_script_prefix, get_urlconf, reverse
from django.utils.translation import get_language


def named_url(name):
    """reverse(name), for a URL name that takes no argument."""
    return _reversed(get_resolver(get_urlconf()), get_script_prefix(), get_language(), name)


@lru_cache(maxsize=512)
def _reversed(resolver, script_prefix, language, name):
    # The key names what reverse() reads of the request's state; a name that does not
    # reverse raises, and nothing is kept for it.
    return reverse(name)
