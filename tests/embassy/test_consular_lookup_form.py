"""The consular lookup form's HTML is kept (core/kept_forms.py), yet shows a saved service or
region at once, the values each visitor sent, and the page's language."""

import pytest

from tests.embassy.factories.consular import make_office, make_region, make_service

pytestmark = pytest.mark.django_db


def form_of(client, url):
    html = client.get(url).content.decode()
    return html[html.index('<form class="lookup-form'):html.index("</form>")]


def test_a_saved_service_or_region_shows_in_the_form_at_once(client):
    office = make_office()
    make_service(name="Passports", slug="passports")
    assert "Passports" in form_of(client, "/consular/")
    make_service(name="Visas", slug="visas")
    make_region(office, name="Scotland", slug="scotland")
    form = form_of(client, "/consular/")
    assert "Visas" in form
    assert "Scotland" in form


def test_each_visitor_s_values_are_their_own(client):
    make_office()
    make_service(name="Passports", slug="passports")
    chosen = form_of(client, "/consular/?service=passports&q=London")
    plain = form_of(client, "/consular/")
    assert '<option value="passports" selected>' in chosen
    assert 'value="London"' in chosen
    assert "selected>" not in plain.replace('value="" selected>', "")
    assert 'value="London"' not in plain


def test_each_language_has_its_own_form(client):
    make_office()
    assert "Any service" in form_of(client, "/consular/")
    assert "Any service" not in form_of(client, "/ru/consular/")
