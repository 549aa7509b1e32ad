"""core.named_urls: reverse() once per language, prefix and URL configuration; a static
file's address once per storage."""

import pytest
from django.templatetags.static import static
from django.urls import NoReverseMatch, reverse, set_script_prefix, set_urlconf
from django.utils import translation

from core.named_urls import named_url, static_url


@pytest.fixture
def restored():
    yield
    set_script_prefix("/")
    set_urlconf(None)


def test_each_language_gets_its_own_address():
    assert named_url("press:message-list") == "/messages/"
    with translation.override("ru"):
        assert named_url("press:message-list") == "/ru/messages/"
    assert named_url("press:message-list") == reverse("press:message-list")


def test_a_script_prefix_and_another_url_configuration_get_their_own_answers(restored):
    assert named_url("home") == "/"
    set_script_prefix("/embassy/")
    assert named_url("home") == "/embassy/"
    set_urlconf("tests.core.elsewhere_urls")
    assert named_url("home") == "/embassy/elsewhere/"


def test_a_name_that_does_not_reverse_still_raises():
    for _ in range(2):
        with pytest.raises(NoReverseMatch):
            named_url("no-such-page")


def test_a_static_file_s_address_is_static_s_and_follows_a_new_storage(settings):
    assert static_url("js/clocks.js") == static("js/clocks.js")
    settings.STATIC_URL = "https://static.example/assets/"
    assert static_url("js/clocks.js").startswith("https://static.example/assets/js/clocks")
