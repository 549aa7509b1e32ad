"""Addresses and languages: English at the site's addresses, Russian under /ru/, nothing else.

A page's language comes from its address alone, so that each address has one language and
the page cache one copy of it, whatever the browser's preferences.
"""

import pytest
from django.conf import settings
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

from tests.factories import make_category, make_message
from tests.press.pages import NOW

pytestmark = [pytest.mark.django_db, pytest.mark.time_machine(NOW, tick=False)]

HTML_LANG = {"en": "en-GB", "ru": "ru"}  # the site's English is British


@pytest.mark.parametrize(
    "path",
    ["/en/", "/en/messages/", "/de/", "/de/messages/", "/xx/consular/", "/EN/", "/Ru/",
     "/ru-ru/", "/ru/ru/", "/zz/no-such-page/"],
)
def test_an_unknown_language_prefix_is_a_404(client, path):
    assert client.get(path).status_code == 404


@pytest.mark.parametrize(
    "english, russian",
    [("/", "/ru/"), ("/messages/", "/ru/messages/"), ("/categories/", "/ru/categories/"),
     ("/consular/", "/ru/consular/")],
)
def test_every_page_is_at_its_address_in_english_and_under_ru_in_russian(
    client, english, russian
):
    for path, language in [(english, "en"), (russian, "ru")]:
        response = client.get(path)
        assert response.status_code == 200
        assert response["Content-Language"] == language
        assert f'<html lang="{HTML_LANG[language]}">' in response.text


def test_the_browsers_preferences_do_not_change_a_pages_language(client):
    english = client.get("/messages/", HTTP_ACCEPT_LANGUAGE="ru-RU,ru;q=0.9")
    russian = client.get("/ru/messages/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")

    assert english["Content-Language"] == "en" and "All messages" in english.text
    assert russian["Content-Language"] == "ru" and "Все сообщения" in russian.text
    # No Vary: Accept-Language, which would keep a copy of a page per browser language list.
    assert "Accept-Language" not in english.get("Vary", "")


def test_after_a_russian_page_the_language_is_english_again(client):
    client.get("/ru/")
    assert translation.get_language() == settings.LANGUAGE_CODE
    assert reverse("press:message-list") == "/messages/"


def test_language_agnostic_addresses_stay_where_they_are(client):
    for path in ("/robots.txt", "/sitemap.xml", "/healthz"):
        assert client.get(path).status_code == 200
    assert client.get("/ru/robots.txt").status_code == 404


def test_the_admin_speaks_russian_under_ru(admin_client):
    assert "Site administration" in admin_client.get("/admin/").text
    assert "Администрирование сайта" in admin_client.get("/ru/admin/").text


def test_the_page_cache_keeps_each_language_apart(client):
    make_category(slug="ukraine", name="Ukraine", name_ru="Украина")
    make_message(title="An English statement")
    with override_settings(CACHES=settings.PAGE_CACHE):
        english = client.get("/categories/ukraine/").text
        russian = client.get("/ru/categories/ukraine/").text
        assert "Ukraine" in english and "Украина" not in english
        assert "Украина" in russian
        assert client.get("/categories/ukraine/").text == english
        assert client.get("/ru/categories/ukraine/").text == russian
