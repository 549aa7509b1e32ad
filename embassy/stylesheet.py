"""The site's stylesheet, inlined into every page's head and allowed by its hash in the CSP.

Inlined, because a linked stylesheet holds back the first paint for one more round trip, the
costliest wait on a phone. Allowed by a hash, never by 'unsafe-inline' (which would let any
injected style in) and never by a nonce: pages are cached whole, so a nonce would be shared
by every visitor who gets the cached copy, and so would be no secret.

The hash is worked out once, in settings, from the same text the pages carry; in development
runserver restarts when the file changes (embassy/apps.py), so the two never disagree. The
file must not use url(): inlined, a relative address would resolve against the page's address
(tests/embassy/test_stylesheet.py checks both).
"""

import base64
import hashlib
import re
from functools import cache
from pathlib import Path

SOURCE = Path(__file__).resolve().parent.parent / "static" / "css" / "site.css"

COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
SPACE_AROUND_PUNCTUATION = re.compile(r"\s*([{};,>])\s*")
SPACE = re.compile(r"\s+")


def minify(css):
    """Comments and needless white space out; nothing else changes."""
    css = COMMENT.sub("", css)
    css = SPACE.sub(" ", css)
    return SPACE_AROUND_PUNCTUATION.sub(r"\1", css).strip()


@cache
def inline_text(path=SOURCE):
    """The stylesheet as the pages carry it, read once per process: the CSP's hash of it is
    worked out once too (settings), and a change to the file restarts runserver (above). Read
    again while the process runs, a changed text would be one the CSP blocks; looked at on
    every page (a path and a stat), it was a few microseconds of each."""
    return minify(Path(path).read_text(encoding="utf-8"))


def csp_source(text):
    """The CSP source that allows exactly this <style> element's text."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"
