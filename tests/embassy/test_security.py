"""Security by default: CSP and other headers on every page, throttled admin logins."""

import pytest
from django.contrib.auth.models import User
from django.test import override_settings

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/", "/admin/login/"])
def test_pages_carry_a_strict_content_security_policy_and_security_headers(client, path):
    response = client.get(path)
    policy = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "style-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"


def attempt_login(client, password):
    return client.post(
        "/admin/login/?next=/admin/",
        {"username": "press", "password": password},
        REMOTE_ADDR="203.0.113.7",
    )


@override_settings(AXES_ENABLED=True)
def test_admin_logins_are_locked_after_five_failures(client):
    User.objects.create_user("press", password="right-password-1", is_staff=True)

    for _ in range(4):
        assert attempt_login(client, "wrong").status_code == 200  # the form again, with an error
    assert attempt_login(client, "wrong").status_code == 429

    # Locked out: even the right password is refused until the cool-off ends.
    response = attempt_login(client, "right-password-1")
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


@override_settings(AXES_ENABLED=True)
def test_a_successful_login_before_the_limit_works(client):
    User.objects.create_user("press", password="right-password-1", is_staff=True)
    attempt_login(client, "wrong")
    response = attempt_login(client, "right-password-1")
    assert response.status_code == 302
    assert client.session["_auth_user_id"]
