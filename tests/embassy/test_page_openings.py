"""Every HTML page of a language opens with the same bytes, up to the end of its stylesheet,
so that the page cache's gzip compresses that opening once for all of them
(core/gzip_openings.py); and a page sent gzipped is the page."""

import gzip

import pytest

from core.gzip_openings import OPENING_END, openings
from tests.factories import make_category, make_message

pytestmark = pytest.mark.django_db


def opening(html):
    end = html.index(OPENING_END) + len(OPENING_END)
    return html[:end]


def test_the_pages_of_a_language_share_their_opening_and_nothing_page_specific_is_in_it(
    client,
):
    category = make_category(name="Ukraine", slug="ukraine")
    english = make_message(title="A statement on grain", categories=[category])
    russian = make_message(title="Заявление о зерне", language="ru", categories=[category])
    pages = ["/", "/messages/", "/messages/?q=grain", "/categories/ukraine/", "/consular/",
             "/privacy/", "/accessibility/", "/no-such-page/"]

    for prefix, lang, message in (("", 'lang="en', english), ("/ru", 'lang="ru', russian)):
        urls = [prefix + url for url in pages] + [message.get_absolute_url()]
        found = {url: opening(client.get(url).content) for url in urls}
        assert len(set(found.values())) == 1, found.keys()
        shared = next(iter(found.values())).decode()
        assert lang in shared
        assert "<title>" not in shared and "grain" not in shared


def test_a_page_sent_gzipped_is_the_page_and_its_opening_is_kept(client):
    plain = client.get("/privacy/").content
    sent = client.get("/accessibility/", HTTP_ACCEPT_ENCODING="gzip")
    again = client.get("/privacy/", HTTP_ACCEPT_ENCODING="gzip")

    assert sent["Content-Encoding"] == "gzip"
    assert gzip.decompress(again.content) == plain
    assert (opening(plain), 1) in openings._openings or (opening(plain), 6) in openings._openings
