"""Whole-page cache for the public site, fetched before any other middleware runs.

`PageCacheMiddleware` is the outermost middleware, so a page is stored with every header the
others add, and a hit is answered as Django would answer it with no other middleware running.
In production the WSGI front (embassy/page_front.py) makes the same lookup (`look_up`) even
before Django's handler. For a public page (a view wrapped in `core.freshness.public_page`) it:

- reduces the query string to the parameters the page reads, in canonical order, and hands
  the view that canonical request: junk parameters neither make a new cached page nor reach
  the view (so they cannot flood the cache or force the slow path);
- looks the page up in the worker's own memory (embassy/page_memory.py: no round trip while
  Redis has not said the content version moved), else in ONE cache round trip that also reads
  the content version (`core.content_version`): a page filed under an older version is stale,
  so a publication, withdrawal or deletion is on every page of every server at once;
- answers a matching conditional GET (If-None-Match) with a 304 from the stored page: no SQL,
  no template;
- on a miss lets the view render, then caps the page's lifetime at the earliest instant a
  fact on it expires (`core.freshness.fresh_until`: the header's date at the home midnight,
  a consular office's next opening or closing) and at the next scheduled publication, sends
  a short `max-age` to browsers and the longer `s-maxage` to shared caches (with
  `stale-while-revalidate` where no such fact bounds the page), gzips it once and stores it
  gzipped: a hit costs no compression, and gzip clients get the stored bytes as they are.

A public page that answers with an error (a feed's 400, a 404) is never cached anywhere.
The "pages" cache alias is the page store; a DummyCache there (development) stores nothing,
but pages are still compressed (more lightly: they are sent once) and sent with the same
headers. The alias must share its store and key settings with "default", where the content
version lives, for the single round trip; otherwise a second round trip reads the version.
"""

import gzip
import hashlib
import time
import zlib
from dataclasses import dataclass
from functools import lru_cache

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.dummy import DummyCache
from django.core.handlers.wsgi import get_bytes_from_wsgi
from django.http import HttpResponse, QueryDict
from django.urls import Resolver404, get_urlconf, resolve
from django.utils import translation
from django.utils.cache import (
    add_never_cache_headers,
    get_conditional_response,
    get_max_age,
    patch_vary_headers,
)
from django.utils.http import http_date
from django.utils.regex_helper import _lazy_re_compile
from isal import isal_zlib

from core import content_version
from core.freshness import true_until
from core.timekeeping import seconds_until
from press import selectors as press

from .content_etags import set_content_etag
from .page_memory import memory

# Browsers keep a page this long; shared caches (a CDN, nginx) keep it as long as we do.
BROWSER_MAX_AGE = 60
STALE_WHILE_REVALIDATE = 60
COMPRESSIBLE_TYPES = ("text/", "application/xml", "application/rss+xml",
                      "application/atom+xml", "application/json", "application/feed+json")
SMALLEST_COMPRESSED = 200
# gzip, by how often the bytes are sent. A stored page is compressed once and sent many times:
# zlib at level 6 (Django's), the smallest for its time. A page sent once (page cache off, a
# page that may not be stored) by ISA-L (python-isal) at its level 1: five times as fast as
# zlib's fastest level, and no larger (home, 26.9 KB: 48 µs and 8,231 bytes, against 266 µs
# and 8,349 bytes; the JSON Feed's 171 KB: 0.42 ms against 1.6 ms).
STORED_LEVEL, SENT_ONCE_LEVEL = 6, 1
GZIP = 31  # zlib's wbits for a gzip stream: header, deflate, CRC-32 and length
ACCEPTS_GZIP = _lazy_re_compile(r"\bgzip\b")
UNCACHEABLE = ("private", "no-cache", "no-store")
# Headers a stored page does not keep: they are made afresh for each answer.
NOT_STORED = {"set-cookie", "content-length", "age", "date", "expires", "cache-control",
              "content-encoding"}


@dataclass(frozen=True)
class StoredPage:
    version: int
    status: int
    headers: tuple
    body: bytes
    gzipped: bool
    etag: str
    stored_at: float
    lifetime: int
    revalidate: bool  # whether a shared cache may serve it stale while it refetches


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # The WSGI front has looked the page up already when it missed: not a second time.
        found = request.META.pop(LOOKED_UP, None) or look_up(request)
        if found is None:
            return self.get_response(request)
        if found.stored is not None:
            return serve(request, found.stored)
        response = self.get_response(request)
        return _finish(request, response, found)


# Where the WSGI front leaves a missed lookup for the middleware (in the WSGI environ).
LOOKED_UP = "embassy.page_lookup"


@dataclass(frozen=True)
class Lookup:
    """What the page store holds for a request: the page if fresh, and where to file it."""

    store: object  # the page store, or None when there is none (development)
    key: str
    version: int | None
    stored: StoredPage | None  # fresh: to be served


def look_up(request):
    """For a GET or HEAD of a public page, its canonical query and its fresh stored page.

    None for any other request. Also the WSGI front's (embassy/wsgi.py) way in, so a hit is
    answered the same whether Django's handler runs or not.
    """
    if request.method not in ("GET", "HEAD"):
        return None
    parameters = _page_parameters(request)
    if parameters is None:
        return None
    _canonicalize(request, parameters)
    store = caches[settings.CACHE_MIDDLEWARE_ALIAS]
    key = _key(request)
    if isinstance(store, DummyCache):
        return Lookup(None, key, None, None)
    watch = content_version.watch()
    version = watch.current() if watch is not None else None
    stored = memory.get(key) if version is not None else None
    if not _fresh(stored, version):
        version, stored = _fetch(store, key)
        if _fresh(stored, version) and watch is not None:
            memory.put(key, stored)
    return Lookup(store, key, version, stored if _fresh(stored, version) else None)


def _fresh(stored, version):
    """Whether a stored page may be served: filed under the current content version, and
    still within its lifetime."""
    return (
        stored is not None
        and stored.version == version
        and time.time() - stored.stored_at < stored.lifetime
    )


def _page_parameters(request):
    return _parameters_of_path(request.path_info, get_urlconf() or settings.ROOT_URLCONF)


@lru_cache(maxsize=4096)
def _parameters_of_path(path, urlconf):
    """The PageParameters of the public page at `path`, or None. Resolving an address walks
    the URL patterns; a cached hit should not (a few thousand recent addresses are kept).

    The page cache runs before the language middleware, and /ru/… resolves only in Russian.
    """
    language = translation.get_language_from_path(path) or settings.LANGUAGE_CODE
    try:
        with translation.override(language):
            match = resolve(path, urlconf)
    except Resolver404:
        return None
    return getattr(match.func, "page_parameters", None)


def _canonicalize(request, parameters):
    """Rewrite the query string, as a rewriting proxy would, before anything reads it.

    Django parses `request.GET` from QUERY_STRING when it is first asked for, which nothing
    before this middleware does; the view then sees the canonical query alone.
    """
    raw = get_bytes_from_wsgi(request.META, "QUERY_STRING", "")
    if raw:  # most visits ask for none: nothing to parse
        request.META["QUERY_STRING"] = _canonical_query(parameters, raw)


@lru_cache(maxsize=4096)
def _canonical_query(parameters, raw):
    """Parsing a query string costs more than the rest of a hit: the recent ones are kept."""
    return parameters.canonical(QueryDict(raw))


def _key(request):
    url = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    digest = hashlib.md5(url.encode(), usedforsecurity=False).hexdigest()
    return f"embassy:page:{settings.CACHE_MIDDLEWARE_KEY_PREFIX}:{digest}"


def _fetch(store, key):
    """(content version, stored page or None), in one round trip when the stores are one."""
    found = store.get_many([content_version.KEY, key])
    version = found.get(content_version.KEY)
    if version is None:
        version = content_version.current()
    return version, found.get(key)


def serve(request, stored):
    """The response to `request` from a fresh stored page (a 304 if the request's ETag
    matches)."""
    status, headers, body = unconditional_answer(request, stored)
    response = HttpResponse(body, status=status, headers=dict(headers))
    return get_conditional_response(request, etag=stored.etag, response=response)


def unconditional_answer(request, stored):
    """(status, headers, body) of a fresh stored page for a request that is not conditional:
    the stored bytes, decompressed for the rare client that takes no gzip."""
    age = int(time.time() - stored.stored_at)
    body = stored.body
    headers = list(stored.headers)
    if stored.gzipped:
        if ACCEPTS_GZIP.search(request.META.get("HTTP_ACCEPT_ENCODING", "")):
            headers.append(("Content-Encoding", "gzip"))
        else:
            body = gzip.decompress(body)
    headers.append(("Content-Length", str(len(body))))
    headers.append(("Age", str(age)))
    headers.extend(_lifetime_headers(stored.lifetime, stored.revalidate, age))
    return stored.status, headers, body


def _finish(request, response, found):
    if response.status_code >= 400:
        # An error of a public page (a feed's 400 for bad filters, a 404) is for this request
        # only: a 404 would otherwise be cacheable by default, and could outlive a scheduled
        # message's coming out.
        if response.has_header("Cache-Control"):
            del response.headers["Cache-Control"]
        add_never_cache_headers(response)
        return response
    cache_control = response.get("Cache-Control", "").lower()
    if "public" not in cache_control or any(word in cache_control for word in UNCACHEABLE):
        return response
    if response.status_code not in (200, 304):
        return response
    store = found.store
    lifetime, revalidate = _lifetime(request, response, storing=store is not None)
    _send_lifetime(response, lifetime, revalidate)
    if response.status_code != 200 or response.streaming:
        return response
    if not response.has_header("ETag"):
        set_content_etag(response)
    storing = store is not None and lifetime > 0 and request.method == "GET"
    storing = storing and _storable(response)
    gzipped = _compress(request, response, storing)
    if storing:
        stored = _stored(response, gzipped, found.version, lifetime, revalidate)
        store.set(found.key, stored, lifetime)
        if content_version.watch() is not None:
            memory.put(found.key, stored)
    if gzipped is not None and "Content-Encoding" in response.headers:
        response.content = gzipped
        response.headers["Content-Length"] = str(len(gzipped))
    return response


def _lifetime(request, response, storing):
    """(seconds the page stays true, whether it may be served stale), capped by its facts.

    Without a page store (development) the next scheduled publication is not looked up.
    """
    lifetime = get_max_age(response)
    if lifetime is None:
        lifetime = settings.CACHE_MIDDLEWARE_SECONDS
    scheduled = press.next_scheduled_at() if storing else None
    bounds = [instant for instant in (true_until(request), scheduled) if instant]
    if bounds:
        until = seconds_until(min(bounds))
        if until < lifetime + STALE_WHILE_REVALIDATE:
            return max(0, min(lifetime, until)), False
    return lifetime, True


def _send_lifetime(response, seconds, revalidate):
    for name, value in _lifetime_headers(seconds, revalidate):
        response.headers[name] = value


def _lifetime_headers(seconds, revalidate, age=0):
    """Cache-Control and Expires for a page `age` seconds old that stays true `seconds` from
    its making.

    Caches subtract the Age header themselves: a shared cache keeps the page for the rest of
    its lifetime, a browser for another minute at most.
    """
    seconds = max(0, seconds)
    browser = min(age + BROWSER_MAX_AGE, seconds)
    directives = ["public", f"max-age={browser}", f"s-maxage={seconds}"]
    if revalidate:
        directives.append(f"stale-while-revalidate={STALE_WHILE_REVALIDATE}")
    return [("Cache-Control", ", ".join(directives)),
            ("Expires", http_date(time.time() + max(0, browser - age)))]


def _compress(request, response, storing):
    """The page's body gzipped (None if not worth it, or if it is neither stored nor sent
    gzipped); marks the response if the client takes gzip. The ETag then becomes weak: the
    bytes differ, the page does not."""
    content_type = response.get("Content-Type", "")
    if (
        not content_type.startswith(COMPRESSIBLE_TYPES)
        or len(response.content) < SMALLEST_COMPRESSED
        or response.has_header("Content-Encoding")
    ):
        return None
    patch_vary_headers(response, ("Accept-Encoding",))
    etag = response.get("ETag")
    if etag and not etag.startswith("W/"):
        response.headers["ETag"] = f"W/{etag}"
    takes_gzip = ACCEPTS_GZIP.search(request.META.get("HTTP_ACCEPT_ENCODING", ""))
    if takes_gzip:
        response.headers["Content-Encoding"] = "gzip"
    elif not storing:
        return None
    # A page sent once may come in pieces compressed beforehand (the JSON Feed's items); a
    # stored one is compressed whole, once, which makes it smaller.
    pieces = None if storing else getattr(response, "gzip_pieces", None)
    if pieces is not None and (gzipped := pieces.gzipped(response.content)) is not None:
        return gzipped
    return gzip_stored(response.content) if storing else gzip_sent_once(response.content)


# Neither writes a time in the header (mtime 0): the same page gives the same bytes.
def gzip_stored(body):
    return zlib.compress(body, STORED_LEVEL, GZIP)


def gzip_sent_once(body):
    return isal_zlib.compress(body, SENT_ONCE_LEVEL, GZIP)


def _storable(response):
    vary = {word.strip().lower() for word in response.get("Vary", "").split(",") if word.strip()}
    return not response.cookies and vary <= {"accept-encoding"}


def _stored(response, gzipped, version, lifetime, revalidate):
    headers = tuple(
        (name, value) for name, value in response.headers.items()
        if name.lower() not in NOT_STORED
    )
    return StoredPage(
        version=version,
        status=response.status_code,
        headers=headers,
        body=gzipped if gzipped is not None else response.content,
        gzipped=gzipped is not None,
        etag=response.get("ETag", ""),
        stored_at=time.time(),
        lifetime=lifetime,
        revalidate=revalidate,
    )
