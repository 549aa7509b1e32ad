"""The WSGI front: a fresh cached page is answered before Django's request handler runs.

A hit in the page cache (embassy/page_cache.py) needs no view, no middleware and no database;
what it costs is Django's handler itself: the request_started and request_finished signals,
the middleware chain being entered, the response's close. The front answers such a hit with the
same lookup the page-cache middleware makes (`look_up`), from the outermost layer: the same
bytes, headers and 304s, at about the cost of one round trip to the cache. Anything else, a
miss included, goes on to Django as it came (with its query string made canonical, as the
middleware would have made it).
"""

from http import HTTPStatus

from django.core.handlers.wsgi import WSGIRequest

from .page_cache import LOOKED_UP, look_up, serve, unconditional_answer

CONDITIONAL = {"HTTP_IF_NONE_MATCH", "HTTP_IF_MATCH", "HTTP_IF_MODIFIED_SINCE",
               "HTTP_IF_UNMODIFIED_SINCE"}


class CachedPageFront:
    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        answer = self.cached_answer(environ)
        if answer is None:
            return self.application(environ, start_response)
        status, headers, body = answer
        start_response(f"{status} {HTTPStatus(status).phrase}", headers)
        return [body]

    @staticmethod
    def cached_answer(environ):
        """(status, headers, body) of the fresh cached page the request asks for, or None."""
        if environ.get("REQUEST_METHOD") not in ("GET", "HEAD"):
            return None
        try:
            request = WSGIRequest(environ)
            found = look_up(request)
        except Exception:  # noqa: BLE001 - Django answers it: see below
            # A host not allowed, an address Django cannot decode, the cache down: the handler
            # meets the same trouble on the way in and answers it as it answers any error
            # (a 400, the error page, the log), which the front must not do differently.
            return None
        if found is None:
            return None
        if found.stored is None:
            environ[LOOKED_UP] = found  # Django renders the page and files it where it said
            return None
        if CONDITIONAL.intersection(environ):
            # A 304 or not, as Django's conditional GET decides it.
            response = serve(request, found.stored)
            return response.status_code, list(response.items()), response.content
        return unconditional_answer(request, found.stored)
