"""The page cache cannot be flooded, answers repeat visitors with a 304 for free, compresses,
tells shared caches more than browsers, and never keeps what left the site."""

import gzip
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.conf import settings
from django.core.cache import caches
from django.test import override_settings
from django.test.signals import template_rendered
from isal import isal_zlib

from press.models import Message
from tests.cache_headers import shared_max_age
from tests.factories import make_category, make_message
from tests.press.pages import url_of

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]

NOW = datetime(2022, 1, 24, 22, 18, tzinfo=UTC)
GZIP = {"HTTP_ACCEPT_ENCODING": "gzip, deflate, br"}


@pytest.fixture
def page_cache():
    with override_settings(CACHES=settings.PAGE_CACHE), time_machine.travel(NOW, tick=False):
        yield


def stored_pages():
    """The keys of the pages in the page cache (a local-memory store in tests)."""
    store = caches["pages"]
    return {key for key in store._cache if ":embassy:page:" in key}


@pytest.fixture
def rendered_templates():
    names = []

    def record(sender, template, **kwargs):
        names.append(template.name)

    template_rendered.connect(record)
    yield names
    template_rendered.disconnect(record)


def test_a_thousand_junk_query_strings_add_no_cached_page(client, django_assert_num_queries):
    make_message(title="A statement")
    client.get("/messages/")
    client.get("/")
    before = stored_pages()
    assert len(before) == 2

    with django_assert_num_queries(0):
        for number in range(1000):
            path = "/messages/" if number % 2 else "/"
            response = client.get(path, {f"junk{number}": number, "utm_source": number})
            assert response.status_code == 200

    assert stored_pages() == before


def test_the_parameters_a_page_reads_are_put_in_one_order(client, django_assert_num_queries):
    statements = make_category(slug="statements")
    make_message(title="A statement", kind="statement", categories=[statements])
    first = client.get("/messages/?kind=statement&kind=comment&category=statements")

    with django_assert_num_queries(0):
        for query in [
            "category=statements&kind=comment&kind=statement",
            "kind=comment&category=&kind=statement&category=statements&kind=comment",
            "zzbloat=1&category=statements&kind=statement&kind=comment&before=",
        ]:
            again = client.get(f"/messages/?{query}")
            assert again.content == first.content
    assert len(stored_pages()) == 1


def test_a_junk_parameter_never_reaches_the_page(client):
    make_message(title="A statement")
    response = client.get("/messages/?kind=statement&utm_campaign=spring")

    page = response.content.decode()
    assert "utm_campaign" not in page
    assert 'href="/messages/feed/rss/?kind=statement"' in page


def test_a_matching_conditional_get_is_a_304_with_no_query_and_no_template(
    client, django_assert_num_queries, rendered_templates
):
    message = make_message(title="A statement")
    for url in ["/", "/messages/", url_of(message), "/messages/feed/rss/", "/sitemap.xml"]:
        first = client.get(url, **GZIP)
        rendered_templates.clear()
        with django_assert_num_queries(0):
            repeat = client.get(url, HTTP_IF_NONE_MATCH=first.headers["ETag"], **GZIP)
        assert repeat.status_code == 304, url
        assert repeat.content == b""
        assert rendered_templates == []
        assert repeat.headers["ETag"] == first.headers["ETag"]


def test_a_stale_etag_gets_the_new_page(client):
    message = make_message(title="Old title")
    first = client.get("/")
    message.title = "New title"
    message.save()

    repeat = client.get("/", HTTP_IF_NONE_MATCH=first.headers["ETag"])

    assert repeat.status_code == 200
    assert "New title" in repeat.content.decode()


@pytest.mark.parametrize("cached", [False, True], ids=["rendered", "from the cache"])
def test_html_is_gzipped_for_clients_that_take_it_and_plain_for_others(client, cached):
    make_message(title="A statement")
    if cached:
        client.get("/messages/")

    zipped = client.get("/messages/", **GZIP)
    plain = client.get("/messages/")

    assert zipped.headers["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in zipped.headers["Vary"]
    assert int(zipped.headers["Content-Length"]) == len(zipped.content)
    assert len(zipped.content) < len(plain.content) / 3
    assert gzip.decompress(zipped.content) == plain.content
    assert "Content-Encoding" not in plain.headers
    assert "A statement" in plain.content.decode()
    # One page, two encodings: the same (weak) validator.
    assert zipped.headers["ETag"] == plain.headers["ETag"]
    assert zipped.headers["ETag"].startswith('W/"')


def test_without_a_page_store_pages_are_still_gzipped(client, settings):
    settings.CACHES = {**settings.CACHES, "pages": {
        "BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    make_message(title="A statement")

    zipped = client.get("/", **GZIP)

    assert zipped.headers["Content-Encoding"] == "gzip"
    assert b"A statement" in gzip.decompress(zipped.content)


def test_a_stored_page_is_compressed_hard_once_and_a_page_sent_once_lightly(client, settings):
    make_message(title="A statement")
    plain = client.get("/messages/").content
    # Stored (the first gzip request stores it, the second is the stored bytes): level 6.
    client.get("/messages/?kind=statement", **GZIP)
    stored = client.get("/messages/?kind=statement", **GZIP)
    stored_plain = client.get("/messages/?kind=statement").content
    assert stored.content == gzip.compress(stored_plain, compresslevel=6, mtime=0)

    # Without a page store each page is compressed for one answer: level 1, and not at all
    # for a client that takes no gzip.
    settings.CACHES = {**settings.CACHES, "pages": {
        "BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    sent_once = client.get("/messages/", **GZIP)
    assert sent_once.content == isal_zlib.compress(plain, 1, 31)
    assert gzip.decompress(sent_once.content) == plain
    assert "Content-Encoding" not in client.get("/messages/").headers


def test_browsers_keep_a_page_a_minute_shared_caches_five_and_may_serve_it_stale(client):
    make_message()
    response = client.get("/messages/")

    directives = {word.strip() for word in response.headers["Cache-Control"].split(",")}
    assert directives == {
        "public", "max-age=60", "s-maxage=300", "stale-while-revalidate=60"
    }


def test_a_page_bound_by_a_fact_is_not_served_stale(client):
    make_message()
    make_message(title="Scheduled", published_at=NOW + timedelta(seconds=90))

    response = client.get("/messages/")

    assert shared_max_age(response) == 90
    assert "stale-while-revalidate" not in response.headers["Cache-Control"]


@pytest.mark.parametrize(
    "url", ["/messages/feed/rss/?kind=gossip", "/messages/feed.json?date_from=2022-13-45",
            "/messages/2022/01/01/no-such-message/", "/categories/no-such-category/"]
)
def test_an_error_is_never_cached_anywhere(client, url):
    response = client.get(url)

    assert response.status_code in (400, 404)
    assert "public" not in response.headers["Cache-Control"]
    assert "no-store" in response.headers["Cache-Control"]
    assert stored_pages() == set()


@pytest.mark.parametrize("leaves", ["withdrawn", "binned"])
def test_a_message_that_leaves_the_site_is_never_served_from_the_cache_again(client, leaves):
    message = make_message(title="Regretted statement")
    surfaces = ["/", "/messages/", "/messages/feed/rss/", url_of(message)]
    for url in surfaces:
        assert "Regretted statement" in client.get(url).content.decode()

    if leaves == "withdrawn":
        message.status = Message.Status.WITHDRAWN
    else:
        message.deleted_at = NOW
    message.save()

    for url in surfaces[:3]:
        assert "Regretted statement" not in client.get(url).content.decode()
    page = client.get(url_of(message))
    if leaves == "withdrawn":
        assert "Withdrawn" in page.content.decode()  # its page stays, with the notice
    else:
        assert page.status_code == 404


def test_a_logged_in_visitor_gets_the_same_public_page_and_sets_nothing_in_it(admin_client):
    make_message(title="A statement")
    response = admin_client.get("/messages/")

    assert "Set-Cookie" not in response.headers
    assert response.status_code == 200
    assert len(stored_pages()) == 1


@pytest.mark.parametrize("url", ["/messages/feed.json", "/ru/messages/feed.json?kind=statement"])
def test_a_json_feed_sent_once_is_gzipped_from_its_items_compressed_beforehand(
    client, settings, monkeypatch, url
):
    make_message(title="A statement", body="Its body. " * 300)
    make_message(title="Заявление", language="ru", body="Текст. " * 300)
    settings.CACHES = {**settings.CACHES, "pages": {
        "BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    plain = client.get(url).content
    compressions = []
    monkeypatch.setattr("embassy.page_cache.gzip_sent_once", compressions.append)
    # The first answer writes the items (and compresses them), the second reads them kept.
    for _ in range(2):
        zipped = client.get(url, **GZIP)
        assert zipped.headers["Content-Encoding"] == "gzip"
        assert gzip.decompress(zipped.content) == plain
    assert compressions == []  # only the feed's head and tail were compressed, per answer


def test_a_stored_json_feed_is_compressed_whole(client):
    make_message(title="A statement", body="Its body. " * 300)
    plain = client.get("/messages/feed.json").content
    client.get("/messages/feed.json", **GZIP)
    stored = client.get("/messages/feed.json", **GZIP)
    assert stored.content == gzip.compress(plain, compresslevel=6, mtime=0)
