"""The WSGI front: a fresh cached page is answered before Django's request handler runs.

A hit in the page cache (embassy/page_cache.py) needs no view, no middleware and no database;
what it costs is Django's handler itself: the request_started and request_finished signals,
the middleware chain being entered, the response's close. The front answers such a hit with the
same lookup the page-cache middleware makes (`look_up`), from the outermost layer: the same
bytes, headers and 304s, at about the cost of one round trip to the cache. Anything else, a
miss included, goes on to Django as it came (with its query string made canonical, as the
middleware would have made it).
"""

from django.core.handlers.wsgi import WSGIRequest

from .page_cache import look_up


class CachedPageFront:
    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        answer = self.cached_answer(environ)
        if answer is None:
            return self.application(environ, start_response)
        start_response(f"{answer.status_code} {answer.reason_phrase}", list(answer.items()))
        # The body alone, not the response: closing a response would send request_finished
        # for a request Django never started.
        return [answer.content]

    @staticmethod
    def cached_answer(environ):
        if environ.get("REQUEST_METHOD") not in ("GET", "HEAD"):
            return None
        try:
            found = look_up(WSGIRequest(environ))
        except Exception:  # noqa: BLE001 - Django answers it: see below
            # A host not allowed, an address Django cannot decode, the cache down: the handler
            # meets the same trouble on the way in and answers it as it answers any error
            # (a 400, the error page, the log), which the front must not do differently.
            return None
        return found.answer if found is not None else None
