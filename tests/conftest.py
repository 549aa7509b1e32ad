import os

import pytest
from django.core.cache import cache
from hypothesis import HealthCheck, settings

# Hypothesis, bounded and repeatable in CI ("ci"); random and long under `make fuzz` ("fuzz").
# Data is made once per test (a function-scoped fixture) and only read by its examples.
_SHARED = {
    "deadline": None,  # a page's time varies with the machine; the suites assert other things
    "suppress_health_check": [HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
}
settings.register_profile("ci", derandomize=True, database=None, print_blob=True, **_SHARED)
settings.register_profile("fuzz", **_SHARED)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache, so a cached page or setting never leaks across."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path_factory):
    """Uploads of each test go to a folder of their own, never to var/media."""
    settings.MEDIA_ROOT = tmp_path_factory.mktemp("media")
    return settings.MEDIA_ROOT


@pytest.fixture
def warm_site_caches(db):
    """Load what every page's header shows (settings, clocks, counters, the consular line)
    into the cache.

    After the first page these rows come from the cache, so query budgets are measured in that
    steady state; a cold cache adds the same three queries to any page, whatever the data size.
    """
    from core.clocks import active_clocks
    from core.site_settings import SiteSettings
    from counters.selectors import active_incidents
    from embassy.consular.selectors import main_office

    SiteSettings.load()
    active_clocks()
    active_incidents()
    main_office()  # the header's consular phone and email
