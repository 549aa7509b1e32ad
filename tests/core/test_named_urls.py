"""core.named_urls.named_url: reverse() once per language, prefix and URL configuration."""

import pytest
from django.urls import NoReverseMatch, reverse, set_script_prefix, set_urlconf
from django.utils import translation

from core.named_urls import named_url


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
