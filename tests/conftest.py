import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache, so a cached page or setting never leaks across."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def warm_site_caches(db):
    """Load what every page's header shows (settings, clocks, counters) into the cache.

    After the first page these rows come from the cache, so query budgets are measured in that
    steady state; a cold cache adds the same three queries to any page, whatever the data size.
    """
    from core.clocks import active_clocks
    from core.site_settings import SiteSettings
    from counters.selectors import active_incidents

    SiteSettings.load()
    active_clocks()
    active_incidents()
