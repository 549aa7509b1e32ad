"""The feeds' generators (RSS, Atom, JSON Feed), which write a feed around items written before.

An item's written form depends only on its message, the format, the language and the address
the feed was asked at (its links are absolute), so a feed keeps each for the content version
(press/feeds.py) and writes only its own head and tail around the fifty it has: writing fifty
items through the XML generator, a dozen escaped tags each, was half of an RSS feed's
instructions once their entries were kept.

`written_item(item)` writes one item (a feed generator's item dict) as the format writes it,
into `WrittenItem(text, latest, deflated)`; the feed is then written with `written_items`, in
order, in place of its `items`.

The JSON Feed's items (each with its message's body, 3–4 KB) are also kept compressed, so that
a JSON Feed sent once (not stored by the page cache) gzips only its head and tail
(core/gzip_pieces.py): gzipping the whole 170 KB was a third of its instructions. RSS and Atom
items (about 600 bytes) are not: each piece carries its own block header and code tables,
which would double what such a feed sends.
"""

import io
from typing import NamedTuple

from django.http import HttpResponseBase
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.xmlutils import SimplerXMLGenerator

from core.gzip_pieces import GzipPieces, deflated
from core.text import without_control_characters

from .jsonfeed import JSONFeed


class WrittenItem(NamedTuple):
    text: str
    # The item's latest date (changed, else published): the feed's own date is its items' latest.
    latest: object
    # The text as UTF-8, compressed as a piece of a gzip stream (the JSON Feed's only).
    deflated: bytes | None = None


def _cleaned(value):
    if isinstance(value, str):
        return without_control_characters(value)
    if isinstance(value, list | tuple):
        return [_cleaned(each) for each in value]
    return value


class WrittenItems:
    """What the three generators share: items written one by one, then written as they are.

    No control character is written, whatever the rows hold. The model fields already store
    text without them (core/text.py); this is the second line of defence, because one such
    character anywhere makes the XML writer fail, and the feed with it: a row written around
    the model (a raw UPDATE) must not take the feeds down.
    """

    written_items = ()

    def written_item(self, item):
        item = {name: _cleaned(value) for name, value in item.items()}
        dates = [item[name] for name in ("updateddate", "pubdate") if item[name]]
        text = self.item_text(item)
        return WrittenItem(text, max(dates) if dates else None, self.deflated(text))

    def deflated(self, text):
        return None

    def latest_post_date(self):
        dates = [item.latest for item in self.written_items if item.latest]
        return max(dates) if dates else super().latest_post_date()

    def write(self, outfile, encoding):
        self.feed = {name: _cleaned(value) for name, value in self.feed.items()}
        super().write(outfile, encoding)


class XmlItems(WrittenItems):
    """RSS and Atom: each item an element (`item_element`) written by the format's own
    `add_item_elements`; the document written into a string, then into the response at once
    (each tag written into a response is encoded and stored on its own: a sixth of a feed's
    time)."""

    item_element = ""

    def item_text(self, item):
        text = io.StringIO()
        handler = SimplerXMLGenerator(text, "utf-8", short_empty_elements=True)
        handler.startElement(self.item_element, self.item_attributes(item))
        self.add_item_elements(handler, item)
        handler.endElement(self.item_element)
        return text.getvalue()

    def write_items(self, handler):
        # Written as they are, in one write: they were escaped when they were written.
        handler.ignorableWhitespace("".join(item.text for item in self.written_items))

    def write(self, outfile, encoding):
        document = io.StringIO()
        super().write(document, encoding)
        outfile.write(document.getvalue())


class RssWriter(XmlItems, Rss201rev2Feed):
    item_element = "item"


class AtomWriter(XmlItems, Atom1Feed):
    item_element = "entry"


class JsonWriter(WrittenItems, JSONFeed):
    def item_text(self, item):
        return self.item_json(item, self.feed["link"])

    def deflated(self, text):
        return deflated(text.encode())

    def write_document(self, outfile, head, tail):
        """Writes the feed; a response also gets it in gzip pieces, its items' compressed
        beforehand (`gzip_pieces`, which the page cache sends it in if it does not store it)."""
        pieces = GzipPieces()
        pieces.add_text(head.encode())
        for number, item in enumerate(self.written_items):
            if number:
                pieces.add_text(b",")
            pieces.add_deflated(item.text.encode(), item.deflated)
        pieces.add_text(tail.encode())
        if isinstance(outfile, HttpResponseBase):
            outfile.write(pieces.body())
            outfile.gzip_pieces = pieces
        else:
            outfile.write(pieces.body().decode())
