"""Settings come from the environment; production refuses to start without a secret."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def manage(*args, **env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("DJANGO_") and key != "REDIS_URL"
    }
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_production_without_a_secret_key_refuses_to_start_and_says_why():
    result = manage("check", DJANGO_DEBUG="0", DJANGO_ALLOWED_HOSTS="embassy.example.org")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is not set" in result.stderr


PRODUCTION = {
    "DJANGO_DEBUG": "0",
    "DJANGO_SECRET_KEY": "x7!" * 20 + "production-like-secret-key-for-the-check",
    "DJANGO_ALLOWED_HOSTS": "embassy.example.org",
}


def test_production_settings_pass_the_deploy_check():
    result = manage(
        "check", "--deploy", "--fail-level", "WARNING",
        REDIS_URL="redis://127.0.0.1:6379/0", **PRODUCTION,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_deploy_check_warns_when_workers_would_not_share_the_cache():
    result = manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    assert result.returncode != 0
    assert "embassy.W001" in result.stderr
    assert "Set REDIS_URL" in result.stderr


@pytest.mark.django_db
def test_the_site_settings_row_exists_from_the_first_migrate():
    from core.models import SiteSettings

    assert SiteSettings.objects.get().home_latest_count == 10


def test_the_home_zone_is_moscow_unless_the_deploy_says_otherwise():
    assert manage("shell", "--no-imports", "-c", PRINT_HOME_ZONE).stdout.strip() == (
        "Europe/Moscow"
    )
    london = manage("shell", "--no-imports", "-c", PRINT_HOME_ZONE,
                    DJANGO_TIME_ZONE="Europe/London")
    assert london.stdout.strip() == "Europe/London"


PRINT_HOME_ZONE = "from core.timekeeping import home_zone; print(home_zone())"


@pytest.mark.django_db
def test_healthz_answers_without_touching_the_database(client, django_assert_num_queries):
    client.get("/healthz")  # the site settings are cached by the first request
    with django_assert_num_queries(0):
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok"


PRINT_PAGE_CACHE = (
    "from django.conf import settings; "
    "print(settings.CACHES['pages']['BACKEND'], settings.CACHE_MIDDLEWARE_KEY_PREFIX)"
)


def test_development_has_no_page_cache_so_edits_show_at_once():
    result = manage("shell", "--no-imports", "-c", PRINT_PAGE_CACHE, DJANGO_DEBUG="1")
    assert result.stdout.split()[0] == "django.core.cache.backends.dummy.DummyCache"


def test_production_caches_pages_and_a_release_starts_afresh():
    result = manage(
        "shell", "--no-imports", "-c", PRINT_PAGE_CACHE,
        REDIS_URL="redis://127.0.0.1:6379/0", DJANGO_RELEASE="4f2a9c1", **PRODUCTION,
    )
    assert result.stdout.split() == [
        "django_redis.cache.RedisCache", "embassy-4f2a9c1"
    ], result.stderr
