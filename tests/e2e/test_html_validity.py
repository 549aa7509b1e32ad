"""Every public page, the 404 page and the admin login are valid HTML for the Nu checker.

vnu.jar comes from package.json (npm ci) and runs on Java; it checks the pages as the live
server sends them, all in one run.
"""

import json
import subprocess
import urllib.error
import urllib.request

import pytest

from .conftest import java, npm_tool


def fetch(url):
    try:
        with urllib.request.urlopen(url) as response:  # noqa: S310 (our own live server)
            return response.read()
    except urllib.error.HTTPError as error:  # the 404 page
        return error.read()


@pytest.fixture
def checked_pages(public_pages):
    return {**public_pages, "admin login": "/admin/login/"}


def test_no_page_has_a_nu_checker_error(checked_pages, demo_site, tmp_path):
    vnu = npm_tool("vnu-jar/build/dist/vnu.jar")
    files = {}
    for number, (name, path) in enumerate(checked_pages.items()):
        file = tmp_path / f"page-{number}.html"
        file.write_bytes(fetch(demo_site.url + path))
        files[file.as_uri()] = name
    pages = [str(file) for file in tmp_path.glob("*.html")]
    result = subprocess.run(
        [java(), "-jar", str(vnu), "--errors-only", "--format", "json", *pages],
        capture_output=True, text=True, timeout=120, check=False,
    )
    messages = json.loads(result.stderr or result.stdout)["messages"]
    errors = [
        f"{files.get(m.get('url'), m.get('url'))}: line {m.get('lastLine')}: {m['message']}"
        for m in messages
    ]
    assert errors == []
    assert result.returncode == 0
