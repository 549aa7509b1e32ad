"""For tests against a real Redis (TEST_REDIS_URL, default redis://127.0.0.1:6379/1), each
under a key prefix of its own (the `redis_prefix` fixture, tests/conftest.py)."""

import os
import time

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/1")


def redis_store(prefix):
    """A django-redis cache configuration under `prefix`."""
    return {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": REDIS_URL,
            "KEY_PREFIX": prefix}


def soon(check, seconds=1.0):
    """Whether `check()` comes true within `seconds` (a push crosses a socket)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.001)
    return False
