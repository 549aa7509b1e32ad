"""core.context_processors.site_settings: each render reads the site's settings in its own
language, as saved, and loads nothing for a page that shows none of them."""

import pytest
from django.template import engines
from django.test import RequestFactory
from django.utils import translation

from core.site_settings import SiteSettings

pytestmark = pytest.mark.django_db

SOURCE = "{{ site_settings.site_name }}|{{ site_settings.site_name }}"


def render(source):
    return engines["jinja_backend"].from_string(source).render({}, RequestFactory().get("/"))


def test_each_render_reads_the_settings_in_its_language_as_saved():
    settings = SiteSettings.load()
    settings.site_name_en, settings.site_name_ru = "Embassy", "Посольство"
    settings.save()
    with translation.override("ru"):
        assert render(SOURCE) == "Посольство|Посольство"
    assert render(SOURCE) == "Embassy|Embassy"
    settings.site_name_en = "The Embassy"
    settings.save()
    assert render(SOURCE) == "The Embassy|The Embassy"


def test_a_render_that_shows_no_setting_loads_none(monkeypatch):
    loads = []
    monkeypatch.setattr(SiteSettings, "load", classmethod(lambda cls: loads.append(cls)))
    assert render("<p>Nothing of the site's</p>") == "<p>Nothing of the site's</p>"
    assert loads == []


def test_a_setting_that_does_not_exist_reads_as_empty():
    assert render("[{{ site_settings.no_such_setting }}]") == "[]"


def test_a_render_loads_the_settings_once_whatever_it_reads(monkeypatch):
    loads = []
    load = SiteSettings.load
    monkeypatch.setattr(SiteSettings, "load", classmethod(lambda cls: loads.append(1) or load()))
    render("{{ site_settings.site_name }} {{ site_settings.consular_email }} "
           "{{ site_settings.site_name }}")
    assert loads == [1]
