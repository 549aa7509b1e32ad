"""The reference test: the demo site reproduces the reference home page at its instant.

At 2022-01-24 22:18 UTC London is still on the 24th, but the header's date and counters follow
the home zone (Moscow), where it is already 01:18 on the 25th: on London's date the Salisbury
counter would read 1422.
"""

import re
from datetime import UTC, datetime
from html.parser import HTMLParser

import pytest
import time_machine
from django.core.management import call_command

from tests.press.test_demo_content import FEATURED_TITLE, REFERENCE_ITEMS

REFERENCE_INSTANT = datetime(2022, 1, 24, 22, 18, tzinfo=UTC)
NOTE = "no credible information or response from the British authorities"

# What the reference page reads, in its order, down to the header's end.
REFERENCE_HEADER = [
    "25 January 2022",
    "Moscow: 01:18",
    "London: 22:18",
    "Consular queries: +44 (0) 203 668 7474",
    f"1423 days have passed since the Salisbury incident - {NOTE}",
    f"1415 days have passed since the death of Nikolay Glushkov on British soil - {NOTE}",
]


class _VisibleText(HTMLParser):
    """The text a reader sees: no head, no script; a line break around each block element."""

    HIDDEN = {"head", "script", "style", "template"}
    BLOCKS = {
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "footer",
        "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol",
        "p", "pre", "section", "table", "td", "th", "tr", "ul",
    }

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.hidden_depth = 0
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self.hidden_depth += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.HIDDEN:
            self.hidden_depth = max(0, self.hidden_depth - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.hidden_depth:
            self.parts.append(data)


def visible_text(html):
    """The page's visible text with every run of white space made one space."""
    parser = _VisibleText()
    parser.feed(html)
    parser.close()
    return re.sub(r"\s+", " ", "".join(parser.parts)).strip()


def assert_in_order(text, expected):
    position = 0
    for needle in expected:
        found = text.find(needle, position)
        assert found != -1, f"{needle!r} not found in order; after it: {text[position:][:300]!r}"
        position = found + len(needle)


@pytest.mark.django_db
@time_machine.travel(REFERENCE_INSTANT, tick=False)
def test_the_demo_home_page_reads_as_the_reference_page(client):
    call_command("load_demo")
    response = client.get("/")
    assert response.status_code == 200
    text = visible_text(response.content.decode())
    assert_in_order(text, [*REFERENCE_HEADER, FEATURED_TITLE, *REFERENCE_ITEMS, "all messages"])


def test_visible_text_leaves_out_the_head_and_scripts_and_keeps_inline_runs_together():
    html = (
        "<html><head><title>Hidden</title></head><body><p>Moscow: <time>01:18</time></p>"
        "<script>var hidden;</script><ul><li>a</li><li>b&amp;c</li></ul></body></html>"
    )
    assert visible_text(html) == "Moscow: 01:18 a b&c"
