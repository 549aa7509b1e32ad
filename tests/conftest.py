import os
import uuid

import pytest
import redis
from django.core.cache import cache, caches
from django.test import override_settings
from hypothesis import HealthCheck, settings

from core.content_version import kept_memory
from embassy.page_memory import memory as page_memory
from tests.live_redis import REDIS_URL, redis_store

# Hypothesis, bounded and repeatable in CI ("ci"); random and long under `make fuzz` ("fuzz").
# Data is made once per test (a function-scoped fixture) and only read by its examples.
_SHARED = {
    "deadline": None,  # a page's time varies with the machine; the suites assert other things
    "suppress_health_check": [HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
}
settings.register_profile("ci", derandomize=True, database=None, print_blob=True, **_SHARED)
settings.register_profile("fuzz", **_SHARED)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """Under CI every test runs on the database it is collected for: a skip there is a test
    that asserted nothing, so it fails the run. (A test for one database only is collected
    only on it, as tests/perf/conftest.py and tests/core/postgresql/conftest.py do.)"""
    outcome = yield
    report = outcome.get_result()
    if os.environ.get("CI") and report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        report.longrepr = f"Skipped under CI, where every collected test runs: {report.longrepr}"


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache (and worker memory), so a cached page or setting
    never leaks across."""
    cache.clear()
    page_memory.clear()
    kept_memory.clear()
    yield
    cache.clear()
    page_memory.clear()
    kept_memory.clear()


@pytest.fixture
def redis_prefix():
    """A key prefix of this test's own in the tests' Redis (tests/live_redis.py)."""
    return f"test-{uuid.uuid4().hex}"


@pytest.fixture
def client_of_redis():
    return redis.Redis.from_url(REDIS_URL)


@pytest.fixture
def redis_cache(redis_prefix):
    """The site's caches on the tests' Redis under this test's prefix, with each worker's
    memory on, as production runs (the worker watches the content version); emptied after."""
    store = redis_store(redis_prefix)
    with override_settings(CACHES={"default": store, "pages": store}, WORKER_MEMORY=True):
        yield caches["default"]
        caches["default"].delete_pattern("*")


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path_factory):
    """Uploads of each test go to a folder of their own, never to var/media."""
    settings.MEDIA_ROOT = tmp_path_factory.mktemp("media")
    return settings.MEDIA_ROOT
