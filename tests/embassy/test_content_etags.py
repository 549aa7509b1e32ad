"""Every page's ETag is a SHA-256 of its content (embassy/content_etags.py), with Django's
conditional GET otherwise unchanged: a matching one gets a 304, a page that changed does not."""

import hashlib

import pytest
from django.http import HttpResponse, StreamingHttpResponse
from django.test import RequestFactory
from django.views.decorators.cache import never_cache

from embassy.content_etags import ConditionalGetMiddleware, set_content_etag

pytestmark = pytest.mark.django_db


def etag_of(body):
    return f'"{hashlib.sha256(body).hexdigest()[:32]}"'


def test_a_page_s_etag_is_the_sha256_of_what_it_says_and_a_match_gets_a_304(client):
    first = client.get("/privacy/")

    # Weak: the page cache may send the same page gzipped, in other bytes.
    assert first.headers["ETag"] == f"W/{etag_of(first.content)}"
    repeat = client.get("/privacy/", HTTP_IF_NONE_MATCH=first.headers["ETag"])
    assert repeat.status_code == 304
    assert repeat.content == b""
    assert client.get("/privacy/", HTTP_IF_NONE_MATCH=etag_of(b"another page")).status_code == 200


@pytest.mark.parametrize("body", [b"x", "Посольство".encode(), b"<p>" * 20_000])
def test_set_content_etag_tags_any_content(body):
    assert set_content_etag(HttpResponse(body)).headers["ETag"] == etag_of(body)


def test_what_django_leaves_untagged_stays_untagged():
    answer = ConditionalGetMiddleware(lambda request: HttpResponse(b"page"))
    requests = RequestFactory()

    assert "ETag" not in set_content_etag(StreamingHttpResponse(iter([b"part"])))
    assert "ETag" not in set_content_etag(HttpResponse(b""))
    assert "ETag" not in answer(requests.head("/"))
    assert "ETag" not in ConditionalGetMiddleware(
        never_cache(lambda request: HttpResponse(b"page"))
    )(requests.get("/"))
    assert answer(requests.get("/")).headers["ETag"] == etag_of(b"page")
