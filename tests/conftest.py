import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache, so a cached page or setting never leaks across."""
    cache.clear()
    yield
    cache.clear()
