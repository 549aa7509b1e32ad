"""Message bodies are Markdown, rendered and sanitised once, on save."""

import pytest

from press.markup import render_markdown
from tests.factories import make_message


def test_ordinary_markdown_is_kept():
    html = render_markdown(
        "## Heading\n\nSome *emphasis* and **strong** text, "
        "a [link](https://example.org/).\n\n- one\n- two\n\n1. first\n2. second\n"
    )
    assert "<h2>Heading</h2>" in html
    assert "<em>emphasis</em>" in html
    assert "<strong>strong</strong>" in html
    assert 'href="https://example.org/"' in html
    assert "<ul>" in html and "<li>one</li>" in html
    assert "<ol>" in html


@pytest.mark.parametrize(
    "markdown_source",
    [
        "<script>alert('x')</script>",
        "<img src=x onerror=alert(1)>",
        "<p onclick=\"alert(1)\">click</p>",
        "[click](javascript:alert(1))",
        '<a href="javascript:alert(1)">click</a>',
        '<a href="JaVaScRiPt:alert(1)">click</a>',
        "<iframe src='https://evil.example/'></iframe>",
        "<svg onload=alert(1)>",
    ],
)
def test_scripts_event_handlers_and_javascript_urls_never_survive(markdown_source):
    html = render_markdown(markdown_source).lower()
    assert "<script" not in html
    assert "onerror" not in html and "onclick" not in html and "onload" not in html
    assert "javascript:" not in html
    assert "<iframe" not in html and "<svg" not in html


@pytest.mark.django_db
def test_saving_a_message_stores_its_sanitised_html():
    message = make_message(body="Hello *world* <script>alert(1)</script>")
    assert "<em>world</em>" in message.body_html
    assert "<script" not in message.body_html

    message.body = "Changed **body**"
    message.save()
    message.refresh_from_db()
    assert message.body_html == "<p>Changed <strong>body</strong></p>"
