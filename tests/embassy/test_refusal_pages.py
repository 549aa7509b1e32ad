"""A refused request gets a page of the site: a locked-out login (429, how long, Retry-After, a
way back), a failed CSRF check (403, styled without inline style); an unknown host is one line
in the log; a proxy nobody declared is reported by `check --deploy`."""

import logging
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from axes.models import AccessAttempt
from django.contrib.auth.models import User
from django.core.cache import cache
from django.core.checks import run_checks
from django.test import Client, override_settings

from embassy.checks import FORWARDED_FOR_SEEN
from embassy.stylesheet import csp_source, inline_text
from tests.xss import live_markup

pytestmark = pytest.mark.django_db

NOW = datetime(2022, 1, 24, 22, 18, tzinfo=UTC)  # 01:18 in Moscow, the home zone
LOCKED = override_settings(AXES_ENABLED=True)


def attempt_login(client, password, **headers):
    return client.post(
        "/admin/login/?next=/admin/",
        {"username": "press", "password": password},
        REMOTE_ADDR="203.0.113.7",
        **headers,
    )


def lock_out(client):
    User.objects.create_user("press", password="right-password-1", is_staff=True)
    for _ in range(5):
        response = attempt_login(client, "wrong")
    return response


def assert_styled_without_inline_style(response):
    """The site's own stylesheet, allowed by its hash; no other style, no inline script."""
    page = response.content.decode()
    assert f"<style>{inline_text()}</style>" in page
    assert f"style-src 'self' {csp_source(inline_text())}" in response["Content-Security-Policy"]
    assert live_markup(page) == []  # no other <style>, no style="…", no inline script
    assert "unsafe-inline" not in response["Content-Security-Policy"]


@LOCKED
@time_machine.travel(NOW, tick=False)
def test_the_lockout_is_a_page_that_says_how_long_and_when_to_retry(client):
    response = lock_out(client)

    assert response.status_code == 429
    assert response["Retry-After"] == "900"
    assert response["Content-Type"] == "text/html; charset=utf-8"
    page = response.content.decode()
    assert "Signing in is paused" in page
    assert "for 15 minutes, until 25.01.2022 01:33 Moscow time" in page
    assert 'href="/admin/login/"' in page and 'href="/"' in page
    assert_styled_without_inline_style(response)


@LOCKED
def test_attempts_during_the_lockout_neither_count_nor_extend_it(client):
    with time_machine.travel(NOW, tick=False):
        lock_out(client)
    with time_machine.travel(NOW + timedelta(minutes=10), tick=False):
        for password in ["wrong", "wrong", "right-password-1"]:
            response = attempt_login(client, password)
            assert response.status_code == 429
        assert response["Retry-After"] == "300"  # still the end set by the fifth failure
        assert "for 5 minutes" in response.content.decode()
    assert AccessAttempt.objects.get().failures_since_start == 5

    with time_machine.travel(NOW + timedelta(minutes=15, seconds=1), tick=False):
        assert attempt_login(client, "right-password-1").status_code == 302
        assert client.session["_auth_user_id"]


def test_a_form_without_its_csrf_token_gets_the_sites_page():
    client = Client(enforce_csrf_checks=True)

    response = client.post("/admin/login/", {"username": "press", "password": "x"})

    assert response.status_code == 403
    page = response.content.decode()
    assert "The form could not be sent" in page
    assert "reload the page" in page
    assert_styled_without_inline_style(response)


def test_an_unknown_host_is_refused_with_one_line_in_the_log(client, caplog):
    with caplog.at_level(logging.ERROR, logger="django.security.DisallowedHost"):
        response = client.get("/", HTTP_HOST="evil.example")

    assert response.status_code == 400
    (record,) = [r for r in caplog.records if r.name == "django.security.DisallowedHost"]
    assert "Invalid HTTP_HOST header: 'evil.example'" in record.getMessage()
    assert record.exc_info is None and not record.exc_text


def deploy_warnings():
    return [message.id for message in run_checks(include_deployment_checks=True)
            if message.id.startswith("embassy.")]


@pytest.mark.parametrize("headers, proxy_count, warned", [
    ({"HTTP_X_FORWARDED_FOR": "198.51.100.9"}, 0, True),
    ({}, 0, False),
    ({"HTTP_X_FORWARDED_FOR": "198.51.100.9"}, 1, False),
])
def test_the_deploy_check_warns_of_a_proxy_nobody_declared(client, settings, headers,
                                                           proxy_count, warned):
    settings.PROXY_COUNT = proxy_count
    User.objects.create_user("press", password="right-password-1", is_staff=True)
    assert "embassy.W002" not in deploy_warnings()

    attempt_login(client, "wrong", **headers)

    assert ("embassy.W002" in deploy_warnings()) is warned
    assert (cache.get(FORWARDED_FOR_SEEN) is not None) is warned
