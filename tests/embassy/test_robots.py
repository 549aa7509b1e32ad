"""/robots.txt lets search engines in, keeps them out of the admin and names the sitemap."""

import pytest

pytestmark = pytest.mark.django_db


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines
    # The Russian site's admin and previews too.
    assert {"Disallow: /ru/admin/", "Disallow: /ru/messages/preview/"} <= set(lines)


def test_the_favicon_is_found_where_browsers_look_for_it(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response.headers["Location"].endswith("img/favicon.svg")
