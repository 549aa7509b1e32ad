"""Test overlay: the real settings, made fast and isolated (as in Wagtail's bakerydemo)."""

from .settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
LOGGING = {"version": 1, "disable_existing_loggers": False}
# Login throttling is switched on by the tests that are about it (tests/embassy/test_security.py).
AXES_ENABLED = False
