"""gzip of a page that opens as other pages do, continued from its opening compressed once.

Every HTML page opens the same way for its language: the doctype, the <html> element, the
<meta> elements and the inlined stylesheet (embassy/stylesheet.py), 12 KB of a 19–37 KB page,
up to the stylesheet's end. Compressing a page sent once cost as much as a seventh of it
(callgrind, `/privacy/`). A compressor that has read an opening can be copied
(`zlib.compressobj().copy()`), and the copy goes on from there: so each opening is compressed
once per level, kept with its compressor, and a page that starts with it is compressed from
a copy, only its rest read. The bytes are those of `gzip.compress(body, level, mtime=0)`:
deflate's output does not depend on how its input was cut into calls, and the copy carries
the CRC-32 and the length of what it has read.

An opening is an HTML page's start (a body that starts with the doctype) up to the end of its
first </style>, learnt from the pages themselves (no template has to say what it is); a few are
kept (two languages, and what a new stylesheet brings), the least used dropped first. A feed
or a sitemap, whose text could hold "</style>" anywhere, is compressed whole.
"""

import threading
import zlib
from collections import OrderedDict

OPENING_START = b"<!DOCTYPE html>"
OPENING_END = b"</style>"
# The stylesheet ends this far into a page at most (12 KB now, and the page's head before it).
LONGEST_OPENING = 64 * 1024
# Two languages, twice over for a stylesheet changed while the process runs; each keeps a
# compressor's state (about 270 KB at level 1).
KEPT_OPENINGS = 8
GZIP = 31  # zlib's wbits for a gzip stream: header, deflate, CRC-32 and length


class _Opening:
    def __init__(self, opening, level):
        self.compressor = zlib.compressobj(level, zlib.DEFLATED, GZIP)
        # What deflate has given out for the opening so far; the rest is in its state.
        self.head = self.compressor.compress(opening)

    def gzipped(self, rest):
        compressor = self.compressor.copy()
        return self.head + compressor.compress(rest) + compressor.flush()


class OpeningCompressor:
    """`gzipped(body, level)`: `gzip.compress(body, level, mtime=0)`, with a known opening
    compressed once."""

    def __init__(self, kept=KEPT_OPENINGS):
        self.kept = kept
        self._openings = OrderedDict()  # (opening, level) -> _Opening, the most used last
        self._lock = threading.Lock()

    def gzipped(self, body, level):
        end = body.find(OPENING_END, 0, LONGEST_OPENING)
        if end < 0 or not body.startswith(OPENING_START):
            return zlib.compress(body, level, GZIP)
        end += len(OPENING_END)
        return self._opening(body[:end], level).gzipped(body[end:])

    def _opening(self, opening, level):
        key = (opening, level)
        with self._lock:
            found = self._openings.get(key)
            if found is not None:
                self._openings.move_to_end(key)
                return found
        found = _Opening(opening, level)
        with self._lock:
            self._openings[key] = found
            while len(self._openings) > self.kept:
                self._openings.popitem(last=False)
        return found


openings = OpeningCompressor()
