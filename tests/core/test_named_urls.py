"""core.named_urls: reverse() once per language, prefix and URL configuration; a static
file's address once per storage."""

import pytest
from django.templatetags.static import static
from django.urls import NoReverseMatch, reverse, set_script_prefix, set_urlconf
from django.utils import translation
from hypothesis import given, settings
from hypothesis import strategies as st

from core.named_urls import named_url, static_url, url_with


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


SLUGS = st.from_regex(r"\A[-a-zA-Z0-9_]{1,60}\Z")


@settings(max_examples=60, deadline=None)
@given(slug=SLUGS, language=st.sampled_from(["en", "ru"]), active=st.sampled_from(["en", "ru"]))
def test_an_address_with_arguments_is_reverse_s_in_the_language_asked_whatever_is_active(
    slug, language, active
):
    with translation.override(language):
        expected = reverse("press:category-detail", args=[slug])
        message = reverse("press:message-detail", kwargs={
            "year": 2026, "month": "11", "day": "29", "slug": slug,
        })
    with translation.override(active):
        for _ in range(2):  # reversed, then kept
            assert url_with("press:category-detail", (slug,), language=language) == expected
            assert url_with("press:message-detail", kwargs={
                "year": 2026, "month": "11", "day": "29", "slug": slug,
            }, language=language) == message
        assert url_with("press:category-detail", (slug,)) == reverse(
            "press:category-detail", args=[slug]
        )


def test_an_address_with_arguments_follows_a_script_prefix_and_another_configuration(restored):
    assert url_with("press:category-detail", ("trade",)) == "/categories/trade/"
    set_script_prefix("/embassy/")
    assert url_with("press:category-detail", ("trade",)) == "/embassy/categories/trade/"
    set_urlconf("tests.core.elsewhere_urls")
    with pytest.raises(NoReverseMatch):
        url_with("press:category-detail", ("trade",))


def test_an_argument_that_is_not_text_or_a_number_is_reversed_afresh_each_time():
    class Renamed:
        slug = "before"

        def __str__(self):
            return self.slug

    argument = Renamed()
    assert url_with("press:category-detail", (argument,)) == "/categories/before/"
    argument.slug = "after"
    assert url_with("press:category-detail", (argument,)) == "/categories/after/"


def test_arguments_that_do_not_reverse_still_raise():
    for _ in range(2):
        with pytest.raises(NoReverseMatch):
            url_with("press:category-detail", ("not a slug!",))
