"""The WSGI front answers a fresh cached page exactly as Django would, and nothing else."""

from datetime import UTC, datetime
from urllib.parse import urlencode

import pytest
import time_machine
from django.conf import settings
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import RequestFactory, override_settings
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from embassy import page_cache as page_cache_module
from embassy.page_front import CachedPageFront
from tests.factories import make_category, make_message
from tests.press.pages import url_of

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]

NOW = datetime(2022, 1, 24, 22, 18, tzinfo=UTC)


@pytest.fixture
def page_cache():
    with override_settings(CACHES=settings.PAGE_CACHE), time_machine.travel(NOW, tick=False):
        yield


class Django:
    """The application behind the front: Django's own WSGI handler, recording what reaches it.

    As the test client does, it leaves the test's database connection open between requests.
    """

    def __init__(self):
        self.handler = WSGIHandler()
        self.reached = []

    def __call__(self, environ, start_response):
        self.reached.append(dict(environ))
        request_started.disconnect(close_old_connections)
        request_finished.disconnect(close_old_connections)
        try:
            return [b"".join(self.handler(environ, start_response))]
        finally:
            request_started.connect(close_old_connections)
            request_finished.connect(close_old_connections)


def answer(application, environ):
    """(status, headers, body) of a WSGI application's answer."""
    started = {}

    def start_response(status, headers):
        started.update(status=status, headers=dict(headers))

    body = b"".join(application(dict(environ), start_response))
    return started["status"], started["headers"], body


def environ(url, method="GET", **headers):
    return RequestFactory().generic(method, url, **headers).environ


@pytest.fixture
def django_app():
    return Django()


@pytest.fixture
def front(django_app):
    return CachedPageFront(django_app)


def test_a_cached_page_is_answered_without_reaching_django_and_as_django_answers_it(
    front, django_app, django_assert_num_queries
):
    message = make_message(title="A statement")
    for url in ["/", "/messages/", url_of(message), "/messages/feed/rss/", "/ru/"]:
        request = environ(url, HTTP_ACCEPT_ENCODING="gzip")
        first = answer(front, request)  # a miss: Django renders and stores it
        assert len(django_app.reached) == 1, url
        with django_assert_num_queries(0):
            repeat = answer(front, request)
        assert len(django_app.reached) == 1, url  # the front answered alone
        assert repeat == answer(django_app, request)  # …exactly as Django would
        assert repeat[0] == first[0] == "200 OK"
        assert repeat[1]["Content-Encoding"] == "gzip"
        django_app.reached.clear()


def test_a_matching_etag_gets_a_304_from_the_front(front, django_app):
    make_message(title="A statement")
    status, headers, _ = answer(front, environ("/"))
    repeat = answer(front, environ("/", HTTP_IF_NONE_MATCH=headers["ETag"]))
    assert repeat[0] == "304 Not Modified"
    assert repeat[2] == b""
    assert len(django_app.reached) == 1


def test_the_security_and_language_headers_are_stored_with_the_page(front):
    make_message(title="A statement")
    answer(front, environ("/ru/"))
    _, headers, _ = answer(front, environ("/ru/"))
    assert headers["Content-Language"] == "ru"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert "Content-Security-Policy" in headers


def test_a_change_of_content_reaches_django_again(front, django_app):
    message = make_message(title="Old title")
    answer(front, environ("/"))
    message.title = "New title"
    message.save()
    _, _, body = answer(front, environ("/"))
    assert b"New title" in body
    assert len(django_app.reached) == 2


@pytest.mark.parametrize("request_environ", [
    environ("/", method="POST"),
    environ("/admin/"),
    environ("/", HTTP_HOST="evil.example"),
    environ("/no/such/page/"),
], ids=["a post", "the admin", "a host not allowed", "an unknown address"])
def test_anything_but_a_cached_public_page_goes_on_to_django(front, django_app, request_environ):
    make_message(title="A statement")
    for _ in range(2):
        answer(front, request_environ)
    assert len(django_app.reached) == 2


def test_a_miss_reaches_django_with_its_query_made_canonical(front, django_app):
    make_category(name="Culture")
    answer(front, environ("/messages/?utm_source=mail&kind=statement"))
    assert django_app.reached[0]["QUERY_STRING"] == "kind=statement"


QUERY_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=30)


@given(
    path=st.sampled_from(["/", "/messages/", "/ru/messages/", "/messages/feed/atom/",
                          "/consular/", "/sitemap.xml", "/messages/feed.json"]),
    query=st.lists(st.tuples(st.sampled_from(["kind", "page", "q", "before", "x", "category"]),
                             QUERY_TEXT), max_size=3),
    encoding=st.sampled_from(["", "gzip", "br", "gzip, br"]),
    method=st.sampled_from(["GET", "HEAD"]),
)
@hypothesis_settings(max_examples=60, deadline=None,
                     suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_whatever_the_request_the_front_answers_as_django_does(
    front, path, query, encoding, method
):
    request = environ(f"{path}?{urlencode(query)}", method=method,
                      HTTP_ACCEPT_ENCODING=encoding)
    answer(front, request)  # stores the page, where it can be stored
    assert answer(front, request) == answer(front.application, request)


def test_a_miss_is_looked_up_once_not_again_by_the_middleware(front, monkeypatch):
    make_message(title="A statement")
    fetched = []
    fetch = page_cache_module._fetch
    monkeypatch.setattr(
        page_cache_module, "_fetch", lambda *args: fetched.append(1) or fetch(*args)
    )
    status, _, body = answer(front, environ("/"))
    assert status == "200 OK" and b"A statement" in body
    assert fetched == [1]
