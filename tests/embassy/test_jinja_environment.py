"""The public pages' Jinja2 environment (embassy/jinja_environment.py) reads as Django's
templates did: escaped by default, dates in the home zone, missing values empty, and Django's
catalogue with Russian plural forms."""

from datetime import UTC, datetime

import pytest
from django.template import defaultfilters, engines
from django.test import RequestFactory
from django.urls import reverse, set_script_prefix
from django.utils import timezone, translation
from django.utils.timezone import template_localtime
from hypothesis import given, settings
from hypothesis import strategies as st

ENGINE = engines["jinja_backend"]


def render(source, **context):
    return ENGINE.from_string(source).render(context)


def test_values_are_escaped_unless_marked_safe():
    assert render("{{ title }}", title="<script>x</script>") == "&lt;script&gt;x&lt;/script&gt;"
    assert render("{{ body|safe }}", body="<p>x</p>") == "<p>x</p>"


def test_a_date_is_shown_in_the_home_zone():
    # 22:18 in London's winter is 01:18 the next day in Moscow, the site's home zone.
    late = datetime(2022, 1, 24, 22, 18, tzinfo=UTC)
    assert render("{{ at|date('d.m.Y H:i') }}", at=late) == "25.01.2022 01:18"


def test_a_missing_value_reads_as_empty_at_any_depth():
    assert render("[{{ nothing.at.all }}]") == "[]"


@pytest.mark.parametrize(("count", "expected"), [(1, "1 сообщение."), (3, "3 сообщения."),
                                                 (5, "5 сообщений.")])
def test_a_count_takes_its_russian_plural_form_from_the_catalogue(count, expected):
    source = ("{% trans counter=n %}{{ counter }} message.{% pluralize counter %}"
              "{{ counter }} messages.{% endtrans %}")
    with translation.override("ru"):
        assert render(source, n=count) == expected


def test_the_query_string_keeps_the_request_s_filters_and_drops_what_is_unset():
    request = RequestFactory().get("/messages/?kind=statement&page=3&before=9")
    html = ENGINE.from_string("{{ querystring(page=4, before=None) }}").render({}, request)
    assert html == "?kind=statement&amp;page=4"


def test_the_output_is_safe_html_for_a_page_to_include_as_it_is():
    rendered = render("<p>{{ text }}</p>", text="a & b")
    assert render("{{ fragment }}", fragment=rendered) == "<p>a &amp; b</p>"


# A render with a request reads the language and the URL state once (the context processor
# embassy.context_processors.render_language) rather than for each text and address: what it
# answers must be what Django's gettext and reverse() answer in that language.
TEXTS_AND_ADDRESSES = (
    "{% trans %}All messages{% endtrans %}|{% trans counter=n %}{{ counter }} message."
    "{% pluralize counter %}{{ counter }} messages.{% endtrans %}|{{ url('press:message-list') }}"
    "|{{ url('press:category-detail', 'trade') }}"
)


@pytest.mark.parametrize("language", ["en", "ru"])
def test_a_page_s_texts_and_addresses_are_django_s_in_its_language(language):
    request = RequestFactory().get("/")
    with translation.override(language):
        html = ENGINE.from_string(TEXTS_AND_ADDRESSES).render({"n": 3}, request)
        expected = "|".join([
            translation.gettext("All messages"),
            translation.ngettext("%(counter)s message.", "%(counter)s messages.", 3)
            % {"counter": 3},
            reverse("press:message-list"),
            reverse("press:category-detail", args=["trade"]),
        ])
    assert html == expected
    assert ("/ru/" in html) == (language == "ru")


def test_a_page_s_addresses_follow_the_script_prefix_it_is_rendered_under():
    request = RequestFactory().get("/")
    set_script_prefix("/embassy/")
    try:
        html = ENGINE.from_string("{{ url('home') }}").render({}, request)
    finally:
        set_script_prefix("/")
    assert html == "/embassy/"


# Letters, combining marks (which Django does not count), characters whose NFC form is longer
# (U+0958) or shorter (e + U+0301), markup, and the ellipsis itself.
TEXTS = st.text(
    alphabet=st.sampled_from(["a", "Я", " ", "\u0301", "e", "\u0958", "\u212b", "<", "&", "…",
                              "\U0001f600"]),
    max_size=40,
) | st.text(max_size=40)


@settings(max_examples=300, deadline=None)
@given(text=TEXTS, length=st.integers(min_value=-2, max_value=45),
       language=st.sampled_from(["en", "ru"]))
def test_truncatechars_answers_as_django_s(text, length, language):
    with translation.override(language):
        expected = defaultfilters.truncatechars(text, length)
        assert render("{{ text|truncatechars(length) }}", text=text, length=length) == render(
            "{{ expected }}", expected=expected
        )


# Django's format characters (numbers, names, zones), escapes, and other text.
FORMATS = st.text(
    alphabet=st.sampled_from(list("cdjmnyYGHisDlFMNbEPAaefgOTZUwWzLSt") + ["\\", ".", " ", "-",
                                                                          ":", "Я", "T"]),
    max_size=12,
) | st.sampled_from(["DATE_FORMAT", "SHORT_DATETIME_FORMAT", "c", "d.m.Y", "Y-m-d"])
ZONES = st.sampled_from(["UTC", "Europe/Moscow", "Europe/London", "America/St_Johns"])


@settings(max_examples=300, deadline=None)
@given(
    instant=st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30),
                         timezones=st.timezones()),
    date_format=FORMATS, zone=ZONES, language=st.sampled_from(["en", "ru"]),
)
def test_the_date_filter_answers_as_django_s_in_the_home_zone(instant, date_format, zone,
                                                              language):
    with timezone.override(zone), translation.override(language):
        try:
            expected = defaultfilters.date(template_localtime(instant), date_format)
        except (OverflowError, ValueError):  # a time the zone cannot show (year 1, 9999)
            return
        assert render("{{ at|date(f) }}", at=instant, f=date_format) == render(
            "{{ expected }}", expected=expected
        )
