"""Static files are answered before any of the site's own per-request work."""

import pytest
from django.core.cache import cache


@pytest.mark.django_db
def test_a_static_file_touches_neither_the_database_nor_the_cache(
    client, django_assert_num_queries, monkeypatch
):
    looked_up = []
    monkeypatch.setattr(cache, "get", lambda *args, **kwargs: looked_up.append(args))
    with django_assert_num_queries(0):
        response = client.get("/static/css/site.css")
    assert response.status_code == 200
    assert looked_up == []
