"""Every public page shares the layout: one h1, a skip link, landmarks, nothing inline."""

import re

import pytest

from embassy.stylesheet import csp_source
from tests.factories import make_category, make_message
from tests.press.pages import NOW, url_of

pytestmark = [pytest.mark.django_db, pytest.mark.time_machine(NOW, tick=False)]


@pytest.fixture
def pages(db):
    make_category(slug="ukraine")
    message = make_message(title="A statement", body="Some *text*.")
    return [
        "/",
        "/messages/",
        "/messages/?kind=gossip",
        url_of(message),
        "/categories/",
        "/categories/ukraine/",
        "/messages/9999/01/01/no-such-message/",
    ]


def test_every_page_has_one_h1_a_skip_link_landmarks_and_the_main_navigation(client, pages):
    for url in pages:
        content = client.get(url).content.decode()

        assert content.count("<h1") == 1, url
        assert '<a class="skip-link" href="#main">Skip to content</a>' in content, url
        assert re.search(r'<html lang="en', content), url
        for landmark in ("<header", '<nav class="site-nav" aria-label="Main">', '<main id="main"',
                         '<footer class="site-footer">'):
            assert landmark in content, (url, landmark)
        for target, label in (("/", "Home"), ("/messages/", "All messages"),
                              ("/consular/", "Consular")):
            assert re.search(f'href="{target}"[^>]*>{label}</a>', content), (url, label)


# A <script> element without a src attribute: its code would be inline.
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.IGNORECASE)
STYLE_ELEMENT = re.compile(r"<style>(.*?)</style>", re.DOTALL)


def test_no_page_has_inline_script_or_style_but_the_stylesheet_its_csp_allows(client, pages):
    for url in pages:
        response = client.get(url)
        content = response.content.decode()

        assert not INLINE_SCRIPT.search(content), url
        assert " style=" not in content, url
        # The one <style> is the site's stylesheet, allowed by its hash alone.
        assert content.count("<style") == 1, url
        (style,) = STYLE_ELEMENT.findall(content)
        policy = response["Content-Security-Policy"]
        assert f"style-src 'self' {csp_source(style)}" in policy, url
        assert "unsafe-inline" not in policy, url


def test_the_current_section_is_marked_in_the_navigation(client, pages):
    assert 'href="/messages/" aria-current="page">All messages' in client.get(
        "/messages/"
    ).content.decode()
    assert 'href="/" aria-current="page">Home' in client.get("/").content.decode()
