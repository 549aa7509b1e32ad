"""Reading a response's caching headers in tests."""

from django.utils.cache import get_max_age

# What a page cache's response may tell a browser to keep it at most (embassy/page_cache.py).
BROWSER_MAX_AGE = 60


def shared_max_age(response):
    """The page's lifetime in shared caches (s-maxage), or None; its max-age must not exceed
    it, nor the browser's minute."""
    for directive in response.get("Cache-Control", "").split(","):
        name, _, value = directive.strip().partition("=")
        if name.lower() == "s-maxage":
            browser = get_max_age(response)
            assert browser <= int(value)
            assert browser - int(response.get("Age", 0)) <= BROWSER_MAX_AGE
            return int(value)
    return None
