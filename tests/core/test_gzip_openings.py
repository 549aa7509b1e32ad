"""core.gzip_openings: a body gzipped from its opening compressed once is, byte for byte, what
gzip.compress(body, level, mtime=0) makes of it, whatever the body and the openings before it."""

import gzip

from hypothesis import given
from hypothesis import strategies as st

from core.gzip_openings import OPENING_END, OPENING_START, OpeningCompressor

texts = st.binary(max_size=3000) | st.text(max_size=1500).map(str.encode)
# Openings shaped like a page's (the doctype, then text that ends in </style>), and the texts
# after them.
openings_ = st.builds(lambda text: OPENING_START + text + OPENING_END, texts)
levels = st.sampled_from([1, 6, 9])


@given(bodies=st.lists(st.tuples(openings_ | st.just(b""), texts), min_size=1, max_size=8),
       level=levels)
def test_any_bodies_are_gzipped_as_gzip_compress_gzips_them(bodies, level):
    compressor = OpeningCompressor(kept=3)
    for opening, rest in bodies:
        body = opening + rest
        gzipped = compressor.gzipped(body, level)
        assert gzipped == gzip.compress(body, compresslevel=level, mtime=0)
        assert gzip.decompress(gzipped) == body


@given(opening=openings_, rests=st.lists(texts, min_size=2, max_size=5), level=levels)
def test_pages_with_one_opening_share_one_compressor(opening, rests, level):
    compressor = OpeningCompressor()
    for rest in rests:
        body = opening + rest
        assert compressor.gzipped(body, level) == gzip.compress(body, level, mtime=0)
    # The opening is its start up to the first </style>: one, whatever follows it.
    assert len(compressor._openings) == 1


def test_the_least_used_openings_are_dropped_past_the_bound():
    compressor = OpeningCompressor(kept=2)
    first, second, third = (
        OPENING_START + f"<p>{n}</p>".encode() + OPENING_END for n in range(3)
    )
    for opening in (first, second, first, third):
        body = opening + b"<main>page</main>"
        assert compressor.gzipped(body, 1) == gzip.compress(body, 1, mtime=0)

    assert [opening for opening, _level in compressor._openings] == [first, third]


def test_a_body_whose_style_ends_too_far_in_or_that_is_no_html_page_has_no_opening_kept():
    compressor = OpeningCompressor()
    far = OPENING_START + b"x" * 70_000 + OPENING_END + b"rest"
    feed = b'{"items": [{"content_html": "<style>p{}</style>"}]}'

    for body in (far, feed):
        assert compressor.gzipped(body, 1) == gzip.compress(body, 1, mtime=0)
    assert len(compressor._openings) == 0
