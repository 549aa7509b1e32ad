"""core.gzip_pieces: a body put together from pieces compressed beforehand and texts
compressed when sent is a gzip file of that body, whatever the pieces; and a body that is not
what the pieces make gets no gzip from them."""

import gzip
import zlib

from hypothesis import given
from hypothesis import strategies as st

from core.gzip_pieces import GzipPieces, deflated

# Each part: (compressed beforehand?, its bytes). Repeats and long runs as well as noise.
parts = st.lists(
    st.tuples(st.booleans(), st.one_of(st.binary(max_size=3000),
                                       st.text(max_size=500).map(str.encode),
                                       st.sampled_from([b"", b",", b"a" * 70000]))),
    max_size=12,
)


def pieces_of(body_parts):
    pieces = GzipPieces()
    for beforehand, data in body_parts:
        if beforehand:
            pieces.add_deflated(data, deflated(data))
        else:
            pieces.add_text(data)
    return pieces


@given(parts)
def test_the_pieces_make_a_gzip_file_of_the_body(body_parts):
    body = b"".join(data for _beforehand, data in body_parts)
    pieces = pieces_of(body_parts)
    assert pieces.body() == body
    gzipped = pieces.gzipped(body)
    assert gzip.decompress(gzipped) == body
    # zlib checks the CRC-32 and the length too, as every browser does.
    assert zlib.decompress(gzipped, wbits=31) == body


@given(parts, st.binary(min_size=1, max_size=20))
def test_a_body_changed_after_it_was_written_gets_none(body_parts, extra):
    body = b"".join(data for _beforehand, data in body_parts)
    assert pieces_of(body_parts).gzipped(body + extra) is None
