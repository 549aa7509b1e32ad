"""Two app servers, one PostgreSQL, one Redis: a publication through one is on the other at once.

Two gunicorn servers are started in production settings (DEBUG off, the page cache on) on two
ports, against the test database and a Redis database (TEST_REDIS_URL, default
redis://127.0.0.1:6379/1, under a key prefix of this run's own). Both serve the public pages
from their page cache; an editor then publishes a submitted message through the first
server's admin, and the second server's pages show it on the very next request.
"""

import os
import re
import socket
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

import pytest
import redis
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.contrib.auth.models import User
from django.db import connection

from bench.run import wait_for
from core.site_settings import SiteSettings
from press.models import Message
from tests.factories import make_message, make_staff_user
from tests.press.pages import url_of

ROOT = Path(__file__).resolve().parents[2]
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/1")
PORTS = range(8150, 8199)

pytestmark = pytest.mark.django_db(transaction=True)


def free_ports(count):
    found = []
    for port in PORTS:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) != 0:
                found.append(port)
        if len(found) == count:
            return found
    raise RuntimeError("No free port in 8150-8198.")


def database_url(database):
    """The test database, for the servers: PostgreSQL's, or SQLite's file (settings_test)."""
    if connection.vendor == "sqlite":
        return f"sqlite:///{database['NAME']}"
    return f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}/{database['NAME']}"


def server_env():
    return {
        **os.environ,
        # The servers run the production settings, not this test run's.
        "DJANGO_SETTINGS_MODULE": "embassy.settings",
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": "two-servers-test-" + "x" * 40,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DJANGO_LOG_LEVEL": "WARNING",
        "DATABASE_URL": database_url(connection.settings_dict),
        "REDIS_URL": REDIS_URL,
        "DJANGO_CACHE_KEY_PREFIX": f"two-servers-{uuid.uuid4().hex}",
        "DJANGO_RELEASE": "two-servers",
    }


@pytest.fixture
def servers():
    env = server_env()
    subprocess.run([sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
                   cwd=ROOT, env=env, check=True, timeout=120)
    ports = free_ports(2)
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "embassy.wsgi", "--workers", "2",
             "--bind", f"127.0.0.1:{port}", "--log-level", "warning"],
            cwd=ROOT, env=env,
        )
        for port in ports
    ]
    try:
        for port in ports:
            wait_for(port)
        yield [f"http://127.0.0.1:{port}" for port in ports]
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=30)
        # The run's keys go with it (the shared Redis database is never flushed).
        store = redis.Redis.from_url(REDIS_URL)
        for key in store.scan_iter(f"{env['DJANGO_CACHE_KEY_PREFIX']}:*"):
            store.delete(key)


class Browser:
    """Just enough of a browser for the admin: cookies, and the CSRF token from a form.

    The site runs as if behind an HTTPS proxy (X-Forwarded-Proto), so its cookies are
    Secure; this keeps them itself rather than through a cookie jar that would not send them.
    """

    def __init__(self, base):
        self.base, self.cookies = base, {}
        self.opener = urllib.request.build_opener(NoRedirects)

    def request(self, path, data=None):
        headers = {
            "X-Forwarded-Proto": "https",
            "Cookie": "; ".join(f"{name}={value}" for name, value in self.cookies.items()),
            "Referer": f"https://{self.base.removeprefix('http://')}{path}",
        }
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        request = urllib.request.Request(  # noqa: S310 - our own server, over http
            self.base + path, data=body, headers=headers
        )
        try:
            response = self.opener.open(request, timeout=30)
        except urllib.error.HTTPError as error:
            response = error
        for header in response.headers.get_all("Set-Cookie") or []:
            name, _, rest = header.partition("=")
            self.cookies[name] = rest.split(";", 1)[0]
        return response.status, response.read().decode()

    def csrf_token(self, path):
        status, page = self.request(path)
        assert status == 200, page
        return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)

    def log_in(self, username, password):
        token = self.csrf_token("/admin/login/")
        status, _ = self.request("/admin/login/?next=/admin/", {
            "csrfmiddlewaretoken": token, "username": username, "password": password,
        })
        assert status == 302, "the log-in was refused"


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def get(url):
    """(status, body, whether it came from the page cache: only cached answers carry Age)."""
    with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310
        return response.status, response.read().decode(), "Age" in response.headers


def test_a_publication_through_one_server_is_on_the_other_at_once(servers):
    first, second = servers
    # The settings row, as migrations make it (a test before this one may have emptied the
    # tables): otherwise the first page a server renders creates it, and that save moves the
    # content version past the page it is storing.
    SiteSettings.load()
    make_message(title="An earlier statement")
    writer = make_staff_user("Press writer")
    message = make_message(
        title="Statement on the new consulate", status=Message.Status.SUBMITTED,
        submitted_by=writer, published_at=None,
    )
    # Hashed as the servers' settings hash (the tests' own hasher is a fast one they lack).
    chief = User.objects.create_superuser("chief", password=None)
    chief.password = PBKDF2PasswordHasher().encode("chief-password-1", "two-servers-salt")
    chief.save(update_fields=["password"])
    pages = ["/", "/messages/", "/messages/feed/rss/"]
    for base in servers:
        for page in pages:
            get(base + page)
            status, body, cached = get(base + page)
            assert status == 200 and cached, f"{base}{page} is not served from the cache"
            assert "Statement on the new consulate" not in body

    editor = Browser(first)
    editor.log_in("chief", "chief-password-1")
    token = editor.csrf_token("/admin/press/message/")
    status, _ = editor.request("/admin/press/message/", {
        "csrfmiddlewaretoken": token, "action": "publish", "_selected_action": [message.pk],
        "index": 0,
    })
    assert status == 302
    message.refresh_from_db()
    assert message.status == Message.Status.PUBLISHED

    for page in [*pages, url_of(message)]:
        status, body, _ = get(second + page)
        assert status == 200, page
        assert "Statement on the new consulate" in body, f"{page} on the other server"
    # And the other server caches the new pages again.
    assert get(second + "/")[2]
