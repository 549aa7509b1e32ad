"""Test overlay: the real settings, made fast and isolated (as in Wagtail's bakerydemo)."""

from .settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# No page cache by default, so each test sees its own request's queries and output;
# tests/embassy/test_page_cache.py switches it on (PAGE_CACHE below).
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "pages": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
}
# Both aliases name the same local-memory store, as both name one Redis in production.
PAGE_CACHE = {**CACHES, "pages": CACHES["default"]}
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
# The site's loggers and filters, with no console output (pytest captures the records).
LOGGING = {**LOGGING, "handlers": {}, "root": {"handlers": []}}  # noqa: F405
# Login throttling is switched on by the tests that are about it (tests/embassy/test_security.py).
AXES_ENABLED = False
# Static files come from the source folders (nothing is collected before the tests run).
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # The test database in a file, not in this process's memory: the two-server test
    # (tests/perf/test_two_servers.py) runs real servers, other processes, against it.
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / "var" / "test.sqlite3")}  # noqa: F405
