"""Public pages answer GET and HEAD (load balancers and link checkers use HEAD), and nothing
else: a method that changes things is refused, never served a page."""

import pytest

pytestmark = pytest.mark.django_db

PUBLIC = [
    "/", "/healthz", "/robots.txt", "/sitemap.xml", "/messages/", "/categories/",
    "/messages/feed/rss/", "/messages/feed/atom/", "/messages/feed.json", "/consular/",
]
FUNCTION_VIEWS = [
    "/", "/healthz", "/robots.txt", "/sitemap.xml", "/consular/",
    "/messages/feed/rss/", "/messages/feed/atom/", "/messages/feed.json",
]


@pytest.mark.parametrize("path", PUBLIC)
def test_head_answers_like_get_without_a_body(client, path):
    response = client.head(path)
    assert response.status_code == 200
    assert response.content == b""


@pytest.mark.parametrize("path", FUNCTION_VIEWS)
@pytest.mark.parametrize("method", ["options", "trace"])
def test_other_methods_are_not_allowed(client, path, method):
    response = getattr(client, method)(path)
    assert response.status_code == 405
    assert set(response.headers["Allow"].split(", ")) == {"GET", "HEAD"}


@pytest.mark.parametrize("path", ["/categories/", "/consular/", "/messages/"])
def test_every_page_offers_the_feeds(client, path):
    page = client.get(path).content.decode()
    assert 'rel="alternate" type="application/rss+xml"' in page
    assert 'rel="alternate" type="application/atom+xml"' in page
    assert 'rel="alternate" type="application/feed+json"' in page
