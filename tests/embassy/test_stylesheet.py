"""The stylesheet is inlined into every page and allowed by its hash (embassy/stylesheet.py)."""

from django.conf import settings

from embassy.stylesheet import SOURCE, csp_source, inline_text, minify


def test_the_stylesheet_can_be_inlined_safely():
    # Inlined, a relative url() would resolve against each page's address.
    assert "url(" not in inline_text()
    assert SOURCE.name == "site.css"
    # "</" would end the <style> element early.
    assert "</" not in inline_text()


def test_the_inlined_stylesheet_stays_small():
    # It is sent with every page: the first paint waits for no other file.
    assert len(inline_text().encode()) < 14_000


def test_minify_drops_comments_and_needless_spaces_only():
    css = (
        "/* why */\na > b,\n  c { color: red;  margin: 0 auto; }\n"
        "@media (min-width: 40rem) { x { y: z } }"
    )
    assert minify(css) == "a>b,c{color: red;margin: 0 auto;}@media (min-width: 40rem){x{y: z}}"


def test_the_csp_source_is_the_sha256_of_exactly_the_text():
    assert csp_source("a{b:c}") == "'sha256-0cRUVYRKwNwnl1hkfkPGjkht16b039TjFdJzmXfFK2o='"


def test_the_pages_carry_the_text_the_csp_allows():
    allowed = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["style-src"]
    assert csp_source(inline_text()) in allowed
    assert inline_text() == minify(SOURCE.read_text(encoding="utf-8"))
