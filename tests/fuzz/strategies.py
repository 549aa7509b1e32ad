"""What an attacker puts in a URL: hypothesis strategies for query strings and path segments.

Values come raw, as they travel in a query string: NUL bytes, invalid percent-encodings and
invalid UTF-8, numbers past any column's range, dates that do not exist, regular-expression
syntax, markup, and arbitrary text (percent-encoded, or not at all).
"""

import os
from urllib.parse import quote, quote_from_bytes

from hypothesis import strategies as st

from tests.xss import VECTORS

# `make fuzz` multiplies every fuzz test's examples (CI runs the bounded default).
SCALE = int(os.environ.get("FUZZ_SCALE", "1"))


def examples(count):
    return count * SCALE


NASTY_VALUES = [
    "", "0", "-1", "1.5", "1e309", "NaN", "inf", "-0", "00000000001",
    "2147483648", "9223372036854775807", "9223372036854775808", "-9223372036854775809",
    "9" * 40, "-" + "9" * 40, "1" * 400,
    "%00", "x%00", "%00x", "%0b", "%1b", "%7f", "%c2%85", "%e2%80%ae",
    "%", "%z", "%zz", "%%", "%c3%28", "%ff%fe", "%ed%a0%80", "%f4%90%80%80",
    "(", ")", "[", "*", "+", "?", "\\", "$", "^", "(?<", "a{99999}", ".*",
    "'", '"', "`", ";", "--", "' OR 1=1 --", "%27%22", ",", "1,2", "x,1", ",,,",
    "2022-13-45", "2022-02-30", "0000-00-00", "0001-01-01", "9999-12-31", "10000-01-01",
    "2022-01-01T25:61:61", "2022-01-01 00:00:00", "24:00", "true", "false", "None", "null",
    "..", "../..", "%2e%2e%2f", "/", "//evil.example", "https://evil.example/",
    "%F0%9F%98%80", "%E2%80%8B", "%EF%BF%BF", "%EF%BB%BF",
    *[quote(vector) for vector in VECTORS[:12]],
]

values = st.one_of(
    st.sampled_from(NASTY_VALUES),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.text(max_size=40).map(lambda text: quote(text, safe="")),
    st.binary(max_size=24).map(lambda raw: quote_from_bytes(raw, safe="")),
    st.text(alphabet=st.characters(min_codepoint=0x21, max_codepoint=0x7E), max_size=12),
)


def query_strings(names):
    """Raw query strings of up to five `name=value` pairs, names from `names` or anything."""
    name = st.one_of(st.sampled_from(sorted(names)), st.sampled_from(NASTY_VALUES[:40]))
    pair = st.tuples(name, values).map(lambda item: f"{item[0]}={item[1]}")
    return st.lists(pair, max_size=5).map("&".join)


# Methods a browser, a crawler or a scanner sends; some no server knows.
METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT",
           "PROPFIND", "BREW"]
