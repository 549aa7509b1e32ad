"""In a real browser, the language switcher on every kind of page leads to the same page in the
other language, and back: a message to its translation, or else to the other archive."""

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

SWITCHER = ".language-switcher a"


@pytest.fixture
def translated_message(demo_site):
    """An English message of the demo with its Russian translation (read before the browser)."""
    from press.models import Message

    russian = Message.objects.published().filter(language="ru").select_related(
        "translation_of"
    ).first()
    untranslated = Message.objects.published().filter(
        language="en", translated_as__isnull=True
    ).first()
    return (
        russian.translation_of.get_absolute_url(),
        russian.get_absolute_url(),
        untranslated.get_absolute_url(),
    )


def switch(page, expected_path, expected_lang):
    page.locator(SWITCHER).click()
    page.wait_for_load_state()
    address = urlsplit(page.url)
    assert address.path + (f"?{address.query}" if address.query else "") == expected_path
    expect(page.locator("html")).to_have_attribute("lang", expected_lang)


def test_every_kind_of_page_switches_to_itself_in_russian_and_back(
    public_pages, browser_page, demo_site
):
    page = browser_page
    for name, path in public_pages.items():
        if name in ("not found", "a message"):
            continue  # they lead elsewhere: the tests below
        page.goto(demo_site.url + path)
        expect(page.locator(SWITCHER)).to_have_text("Русский")
        switch(page, "/ru" + path, "ru")
        expect(page.locator(SWITCHER)).to_have_text("English")
        switch(page, path, "en-GB")


def test_a_message_switches_to_its_translation_or_else_to_the_other_archive(
    translated_message, browser_page, demo_site
):
    english, russian, untranslated = translated_message
    page = browser_page
    page.goto(demo_site.url + english)
    switch(page, russian, "ru")
    switch(page, english, "en-GB")

    page.goto(demo_site.url + untranslated)
    switch(page, "/ru/messages/", "ru")


def test_a_missing_page_switches_to_the_other_home_page(browser_page, demo_site):
    page = browser_page
    page.goto(demo_site.url + "/no-such-page/")
    switch(page, "/ru/", "ru")
