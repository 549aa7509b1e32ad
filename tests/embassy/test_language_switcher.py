"""Every page has a language switcher leading to the same page in the other language.

A message's page leads to its translation, or else to the other language's archive; a page
that does not exist leads to the other language's home page. (tests/e2e/test_language_switcher.py
follows the links in a real browser.)
"""

from datetime import timedelta

import pytest

from press import preview
from press.models import Message
from tests.embassy.factories.consular import make_office
from tests.factories import make_category, make_message
from tests.press.pages import NOW, url_of

pytestmark = [pytest.mark.django_db, pytest.mark.time_machine(NOW, tick=False)]


def switcher(client, path):
    """(href, hreflang, text) of the page's language switcher."""
    response = client.get(path)
    assert response.status_code in (200, 404)
    html = response.content.decode()
    start = html.index('<p class="language-switcher">')
    link = html[start : html.index("</p>", start)]
    href = link.split('href="')[1].split('"')[0]
    hreflang = link.split('hreflang="')[1].split('"')[0]
    text = link.split(">")[-2].split("<")[0]
    return href.replace("&amp;", "&"), hreflang, text


@pytest.fixture
def site():
    make_category(slug="ukraine", name="Ukraine", name_ru="Украина")
    make_office(slug="london", name="Consular Section")


@pytest.mark.parametrize(
    "english, russian",
    [
        ("/", "/ru/"),
        ("/messages/", "/ru/messages/"),
        ("/categories/", "/ru/categories/"),
        ("/categories/ukraine/", "/ru/categories/ukraine/"),
        ("/consular/", "/ru/consular/"),
        ("/consular/london/", "/ru/consular/london/"),
    ],
)
def test_each_page_leads_to_itself_in_the_other_language(client, site, english, russian):
    assert switcher(client, english) == (russian, "ru", "Русский")
    assert switcher(client, russian) == (english, "en-GB", "English")


def test_a_list_keeps_its_filters_but_not_its_page_number(client, site):
    href, _, _ = switcher(client, "/messages/?category=ukraine&kind=statement&page=1&q=x")
    path, _, query = href.partition("?")
    assert path == "/ru/messages/"
    assert sorted(query.split("&")) == ["category=ukraine", "kind=statement", "q=x"]
    href, _, _ = switcher(client, "/ru/consular/?q=%D0%BB%D0%BE%D0%BD%D0%B4%D0%BE%D0%BD")
    assert href == "/consular/?q=%D0%BB%D0%BE%D0%BD%D0%B4%D0%BE%D0%BD"


def test_a_message_leads_to_its_translation_or_else_the_other_archive(client):
    english = make_message(title="Statement")
    russian = make_message(title="Заявление", language="ru", translation_of=english)
    untranslated = make_message(title="Untranslated")

    assert switcher(client, url_of(english))[0] == url_of(russian)
    assert switcher(client, url_of(russian))[0] == url_of(english)
    assert switcher(client, url_of(untranslated))[0] == "/ru/messages/"


def test_a_withdrawn_messages_page_still_leads_to_its_public_translation(client):
    english = make_message(title="Statement", published_at=NOW - timedelta(days=1),
                           status=Message.Status.WITHDRAWN)
    russian = make_message(title="Заявление", language="ru", translation_of=english)

    assert switcher(client, url_of(english))[0] == url_of(russian)
    # …while the public translation does not lead to a withdrawn page.
    assert switcher(client, url_of(russian))[0] == "/messages/"


def test_a_missing_page_leads_to_the_other_home_page(client):
    assert switcher(client, "/no-such-page/") == ("/ru/", "ru", "Русский")
    assert switcher(client, "/ru/no-such-page/") == ("/", "en-GB", "English")
    assert switcher(client, "/messages/2022/01/01/no-such-message/")[0] == "/ru/"


def test_a_preview_opens_in_its_messages_language_and_leads_to_the_other_archive(client):
    russian = make_message(title="Черновик", language="ru", status=Message.Status.DRAFT)
    url = preview.preview_url(russian)
    assert url.startswith("/ru/messages/preview/")

    assert client.get(url.removeprefix("/ru")).status_code == 302
    assert switcher(client, url)[0] == "/messages/"
