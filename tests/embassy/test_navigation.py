"""embassy.navigation: the sections' labels and addresses, kept per language and URL state,
are each language's own however the requests alternate."""

import pytest
from django.test import RequestFactory
from django.urls import resolve
from django.utils import translation

from embassy.navigation import navigation

EXPECTED = {
    "en": [("Home", "/"), ("All messages", "/messages/"), ("Categories", "/categories/"),
           ("Consular", "/consular/")],
    "ru": [("Главная", "/ru/"), ("Все сообщения", "/ru/messages/"), ("Рубрики", "/ru/categories/"),
           ("Консульство", "/ru/consular/")],
}


def items(path):
    request = RequestFactory().get(path)
    request.resolver_match = resolve(path)
    return navigation(request)


@pytest.mark.parametrize("order", [["en", "ru", "en"], ["ru", "en", "ru"]])
def test_each_language_gets_its_own_labels_and_addresses(order):
    for language in order:
        prefix = "/ru" if language == "ru" else ""
        with translation.override(language):
            got = items(f"{prefix}/messages/")
        assert [(str(item.label), item.url) for item in got] == EXPECTED[language]
        assert [item.current for item in got] == [None, "page", None, None]
