"""A gzip body put together from pieces compressed beforehand.

A feed is fifty items written once per content version (press/feed_writers.py) between a
head and a tail of its own; gzipping the whole of it on every request was a third of the JSON
Feed's instructions (170 KB). Deflate allows a stream to be cut into pieces that each end on a
byte boundary (a sync flush) and are not final: written one after another they inflate to
their texts one after another. So each item is compressed once, when it is written, and a
response is the gzip header, its pieces, an empty final block, and the CRC-32 and length of
the whole (RFC 1952), which are worked out per response (a CRC is a small fraction of the
cost of compressing).
"""

import struct
import zlib

# Compressed once and sent many times: worth the ratio (gzip's own default level).
LEVEL = 6
# The gzip header: deflate, no name or comment, no time (mtime 0, as the page cache's own
# gzip.compress(mtime=0) writes), "unknown" operating system.
HEADER = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"


def _compressor():
    return zlib.compressobj(LEVEL, zlib.DEFLATED, -zlib.MAX_WBITS)  # raw deflate, no header


# An empty final block: what ends the stream after the last piece.
END = _compressor().flush(zlib.Z_FINISH)


def deflated(data):
    """`data` (bytes) as a piece: raw deflate, ending on a byte boundary, not final."""
    compressor = _compressor()
    return compressor.compress(data) + compressor.flush(zlib.Z_SYNC_FLUSH)


class GzipPieces:
    """A body in pieces: bytes to compress when sent (a feed's head, tail and separators)
    and pieces deflated beforehand, in the body's order.

    `add_text(b)` and `add_deflated(b, piece)` (the piece's text and its deflated form) build
    it; `gzipped(body)` answers the gzip file of `body` if `body` is what the pieces make,
    else None (something changed the body after it was written: compress it whole).
    """

    def __init__(self):
        self.texts = []
        self.pieces = []
        self._pending = []
        self._body = None
        # One compressor for all the texts compressed when sent (a feed's separators: fifty
        # a response; a compressor of its own for each cost more than their compression).
        self._compressor = None

    def add_text(self, text):
        self._pending.append(text)
        self.texts.append(text)
        self._body = None

    def add_deflated(self, text, piece):
        self._flush()
        self.texts.append(text)
        self.pieces.append(piece)
        self._body = None

    def _flush(self):
        if self._pending:
            if self._compressor is None:
                self._compressor = _compressor()
            text = b"".join(self._pending)
            # A full flush: byte-aligned and not final, as `deflated`'s pieces are, and what
            # comes after refers to nothing before it (in the body, a piece compressed by
            # another compressor lies between this text and the next).
            self.pieces.append(
                self._compressor.compress(text) + self._compressor.flush(zlib.Z_FULL_FLUSH)
            )
            self._pending = []

    def body(self):
        """What the pieces make (joined once: the response is written from it, and its
        gzip checked against it)."""
        if self._body is None:
            self._body = b"".join(self.texts)
        return self._body

    def gzipped(self, body):
        self._flush()
        if self.body() != body:
            return None
        trailer = struct.pack("<II", zlib.crc32(body), len(body) & 0xFFFFFFFF)
        return HEADER + b"".join(self.pieces) + END + trailer
