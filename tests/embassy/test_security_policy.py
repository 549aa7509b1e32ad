"""The site's CSP middleware (embassy/security_policy.py) answers as django-csp's own does,
whatever a view put on its response, whether a nonce was used, and whatever the settings."""

import pytest
from csp.constants import HEADER, HEADER_REPORT_ONLY, NONCE, SELF
from csp.exceptions import CSPNonceError
from csp.middleware import CSPMiddleware as LibraryCSPMiddleware
from django.http import HttpResponse
from django.test import RequestFactory, override_settings
from hypothesis import given, settings
from hypothesis import strategies as st

from embassy.security_policy import OWN_POLICY, CSPMiddleware

sources = st.lists(st.sampled_from([SELF, "https://example.org", "data:", NONCE]), max_size=3)
directives = st.dictionaries(
    st.sampled_from(["default-src", "img-src", "script-src", "frame-ancestors"]), sources,
    max_size=3,
)
# What django-csp's decorators put on a response: a policy, or True for an exemption.
own_policy = st.dictionaries(st.sampled_from(OWN_POLICY), st.just(None), max_size=3).flatmap(
    lambda names: st.fixed_dictionaries({
        name: st.just(True) if "exempt" in name else directives for name in names
    })
)
policies = st.one_of(st.none(), st.fixed_dictionaries({"DIRECTIVES": directives}))


def answer(middleware_class, put_on_response, use_nonce, status):
    request = RequestFactory().get("/messages/")
    response = HttpResponse("page", status=status)
    for name, value in put_on_response.items():
        setattr(response, name, value)
    middleware = middleware_class(lambda request: response)
    middleware.process_request(request)
    if use_nonce:
        str(request.csp_nonce)
        request._csp_nonce = "fixed-for-the-comparison"
    middleware.process_response(request, response)
    return {header: response.get(header) for header in (HEADER, HEADER_REPORT_ONLY)}, request


@settings(max_examples=150, deadline=None)
@given(own_policy, st.booleans(), st.sampled_from([200, 404, 500]), policies, policies,
       st.booleans())
def test_the_headers_are_django_csps_own(put, use_nonce, status, enforced, report_only, debug):
    with override_settings(
        CONTENT_SECURITY_POLICY=enforced, CONTENT_SECURITY_POLICY_REPORT_ONLY=report_only,
        DEBUG=debug,
    ):
        ours, _ = answer(CSPMiddleware, put, use_nonce, status)
        theirs, _ = answer(LibraryCSPMiddleware, put, use_nonce, status)
    assert ours == theirs


def test_the_sites_own_policy_is_sent_and_follows_the_settings():
    headers, _ = answer(CSPMiddleware, {}, False, 200)
    assert "frame-ancestors 'none'" in headers[HEADER]
    with override_settings(CONTENT_SECURITY_POLICY={"DIRECTIVES": {"default-src": [SELF]}}):
        headers, _ = answer(CSPMiddleware, {}, False, 200)
    assert headers[HEADER] == "default-src 'self'"
    headers, _ = answer(CSPMiddleware, {}, False, 200)
    assert "frame-ancestors 'none'" in headers[HEADER]


@override_settings(CONTENT_SECURITY_POLICY={"DIRECTIVES": {"script-src": [SELF, NONCE]}})
def test_a_page_that_used_a_nonce_carries_it():
    headers, _ = answer(CSPMiddleware, {}, True, 200)
    # django-csp writes the directives in no fixed order.
    assert set(headers[HEADER].split("; ")) == {
        "default-src 'self'", "script-src 'self' 'nonce-fixed-for-the-comparison'"
    }


def test_a_nonce_asked_for_after_the_header_is_written_is_an_error():
    _, request = answer(CSPMiddleware, {}, False, 200)
    with pytest.raises(CSPNonceError):
        str(request.csp_nonce)


@override_settings(
    CONTENT_SECURITY_POLICY={"EXCLUDE_URL_PREFIXES": ["/messages/"],
                             "DIRECTIVES": {"default-src": [SELF]}}
)
def test_an_excluded_path_gets_no_policy():
    headers, _ = answer(CSPMiddleware, {}, False, 200)
    assert headers[HEADER] is None
