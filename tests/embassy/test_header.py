"""The header on every public page: home-zone date and counters, clocks, the consular line."""

import html
import json
import re
from datetime import UTC, date, datetime

import pytest
import time_machine
from django.shortcuts import render
from django.urls import path, reverse

from core.clocks import Clock
from core.site_settings import SiteSettings
from embassy import urls as site_urls
from embassy.consular.models import ConsularOffice
from tests.counters.factories import make_incident
from tests.embassy.factories.consular import make_office
from tests.embassy.test_header_reference import visible_text
from tests.factories import make_message

pytestmark = [pytest.mark.django_db, pytest.mark.urls(__name__)]

NOTE = "no credible information or response from the British authorities"


def header_only(request):
    return render(request, "embassy/header.html")


# A page with nothing but the header, so that its text and its cost are the header's own.
# This page first, then the whole site (base.html links to its sections).
urlpatterns = [path("", header_only, name="home"), *site_urls.urlpatterns]


def header_text(client, url="/"):
    response = client.get(url)
    assert response.status_code == 200
    return visible_text(response.content.decode())


def set_site(consular_phone="", consular_email=""):
    """The header's consular line: since issue 12 its phone is the consular section's own (one
    copy, on its office row), no longer a copy in the site settings; the email stays there."""
    office = ConsularOffice.objects.filter(slug="consular-section").first() or make_office(
        slug="consular-section", kind=ConsularOffice.Kind.CONSULAR_SECTION
    )
    office.phone = consular_phone
    office.save()
    site_settings = SiteSettings.load()
    site_settings.consular_email = consular_email
    site_settings.save()


@pytest.mark.parametrize(
    ("instant", "today", "salisbury"),
    [
        # 23:59 in Moscow (20:59 London): still the 24th.
        (datetime(2022, 1, 24, 20, 59, 59, tzinfo=UTC), "24 January 2022", 1422),
        # Midnight in Moscow while London is at 21:00: the date and the counter turn over.
        (datetime(2022, 1, 24, 21, 0, tzinfo=UTC), "25 January 2022", 1423),
        # London's midnight changes nothing more.
        (datetime(2022, 1, 25, 0, 0, tzinfo=UTC), "25 January 2022", 1423),
    ],
)
def test_the_date_and_the_counter_turn_over_at_moscow_midnight(client, instant, today, salisbury):
    make_incident(name="the Salisbury incident", occurred_on=date(2018, 3, 4), note=NOTE)
    with time_machine.travel(instant, tick=False):
        text = header_text(client)
    assert text.startswith(today)
    assert f"{salisbury} days have passed since the Salisbury incident - {NOTE}" in text


@time_machine.travel(datetime(2022, 1, 24, 22, 18, tzinfo=UTC), tick=False)
def test_with_london_as_the_home_zone_the_page_follows_london(client, settings):
    settings.TIME_ZONE = "Europe/London"
    make_incident(name="the Salisbury incident", occurred_on=date(2018, 3, 4))
    text = header_text(client)
    assert text.startswith("24 January 2022 Moscow: 01:18 London: 22:18")
    assert "1422 days have passed since the Salisbury incident" in text


@time_machine.travel(datetime(2022, 7, 15, 9, 30, tzinfo=UTC), tick=False)
def test_the_clocks_in_london_summer_time(client):
    assert "15 July 2022 Moscow: 12:30 London: 10:30" in header_text(client)


@time_machine.travel(datetime(2012, 7, 15, 9, 30, tzinfo=UTC), tick=False)
def test_the_clocks_when_moscow_was_utc_plus_four(client):
    assert "Moscow: 13:30 London: 10:30" in header_text(client)


@time_machine.travel(datetime(2022, 1, 24, 21, 30, tzinfo=UTC), tick=False)
def test_one_day_after_the_incident_reads_singular_and_a_missing_note_ends_the_sentence(client):
    make_incident(name="the first incident", occurred_on=date(2022, 1, 24), note=NOTE)
    make_incident(name="the second incident", occurred_on=date(2022, 1, 24))
    text = header_text(client)
    assert f"1 day has passed since the first incident - {NOTE}" in text
    assert text.endswith("1 day has passed since the second incident")


@time_machine.travel(datetime(2022, 1, 24, 22, 18, tzinfo=UTC), tick=False)
def test_counters_in_order_and_never_negative_or_inactive(client):
    make_incident(name="the later", occurred_on=date(2020, 1, 1), order=2)
    make_incident(name="the earlier", occurred_on=date(2019, 1, 1), order=1)
    make_incident(name="the hidden", is_active=False)
    # Refused by validation, but a row written around it (or a home zone moved west) must
    # still never show a negative count.
    make_incident(name="the future", occurred_on=date(2022, 2, 1))
    text = header_text(client)
    assert text.index("since the earlier") < text.index("since the later")
    assert "hidden" not in text
    assert "the future" not in text
    assert not re.search(r"-\d", text)


@time_machine.travel(datetime(2022, 1, 24, 22, 18, tzinfo=UTC), tick=False)
def test_inactive_clocks_are_not_shown_and_added_clocks_are(client):
    Clock.objects.filter(label="London").update(is_active=False)
    Clock.objects.create(label="Vladivostok", time_zone="Asia/Vladivostok", order=5)
    text = header_text(client)
    assert "Moscow: 01:18 Vladivostok: 08:18" in text
    assert "London:" not in text


@pytest.mark.urls("embassy.urls")
def test_each_clock_carries_its_zone_for_the_ticking_script(client):
    page = client.get("/").content.decode()
    assert 'data-clock-zone="Europe/Moscow"' in page
    assert 'data-clock-zone="Europe/London"' in page
    assert '<script src="/static/js/clocks.js" defer></script>' in page
    assert "<script>" not in page  # no inline script: a strict CSP can be set


def test_the_consular_phone_is_a_tel_link_that_dials_without_the_trunk_zero(client):
    set_site(consular_phone="+44 (0) 203 668 7474")
    page = client.get("/").content.decode()
    assert '<a class="consular-phone" href="tel:+44-20-3668-7474">+44 (0) 203 668 7474</a>' in page
    assert "mailto:" not in page


def test_the_consular_email_is_a_mailto_link_when_set(client):
    set_site(consular_phone="+44 (0) 203 668 7474", consular_email="consular@example.org")
    page = client.get("/").content.decode()
    assert 'href="mailto:consular@example.org">consular@example.org</a>' in page
    assert "Consular queries: +44 (0) 203 668 7474 consular@example.org" in visible_text(page)


def test_a_local_number_dials_its_digits_and_no_phone_means_no_consular_line(client):
    set_site(consular_phone="020 3668 7474")
    assert 'href="tel:02036687474"' in client.get("/").content.decode()
    set_site(consular_phone="")
    assert "Consular queries" not in header_text(client)


@pytest.mark.urls("embassy.urls")
@time_machine.travel(datetime(2022, 1, 24, 22, 18, tzinfo=UTC), tick=False)
def test_other_public_pages_carry_the_header_too(client):
    message = make_message(title="A statement", published_at=datetime(2022, 1, 20, 12, tzinfo=UTC))
    text = header_text(client, message.get_absolute_url())
    assert "25 January 2022 Moscow: 01:18 London: 22:18" in text
    assert "A statement" in text


@pytest.mark.parametrize(("clocks", "incidents"), [(2, 2), (12, 40)])
def test_the_header_costs_two_queries_then_none_while_cached(
    client, django_assert_num_queries, clocks, incidents
):
    for number in range(clocks - 2):
        Clock.objects.create(label=f"Clock {number}", time_zone="Asia/Tokyo", order=10 + number)
    for _ in range(incidents):
        make_incident()
    SiteSettings.load()  # cached by any earlier request; not the header's cost
    # The active clocks, the active incidents, the consular section's phone (issue 12: it
    # lives on the office's row, no longer in the already cached settings).
    with django_assert_num_queries(3):
        text = header_text(client)
    assert text.count("days have passed") == incidents
    assert text.count("Clock ") == clocks - 2
    with django_assert_num_queries(0):
        header_text(client)


@pytest.mark.urls("embassy.urls")
def test_the_admin_does_not_build_the_header(admin_client):
    def refuse(*args):
        raise AssertionError("an admin page built the site header")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("embassy.context_processors.build_header", refuse)
        assert admin_client.get(reverse("admin:index")).status_code == 200


def test_the_words_consular_queries_lead_to_the_consular_lookup(client):
    set_site(consular_phone="+44 (0) 203 668 7474")
    page = client.get("/").content.decode()
    assert '<a class="consular-link" href="/consular/">Consular queries:</a>' in page


@time_machine.travel(datetime(2022, 1, 24, 22, 18, tzinfo=UTC), tick=False)
def test_each_counter_hands_the_script_its_date_zone_and_sentence_forms(client):
    make_incident(name="the Salisbury incident", occurred_on=date(2018, 3, 4), note=NOTE)
    page = client.get("/").content.decode()
    assert 'data-home-zone="Europe/Moscow"' in page
    assert '<time datetime="2022-01-25" data-date-format=' in page
    assert 'data-since="2018-03-04"' in page
    # The short sentence for phones, then the full one; each with its forms by category, as
    # JSON in an attribute (however the attribute escapes its quotes).
    attributes = re.findall(r'data-forms="([^"]*)"', page)
    forms = [json.loads(html.unescape(value)) for value in attributes]
    assert forms[0] == {
        "other": ["", " days since the Salisbury incident"],
        "one": ["", " day since the Salisbury incident"],
    }
    assert forms[1]["one"] == ["", f" day has passed since the Salisbury incident - {NOTE}"]
    assert '<span class="counter-short" data-forms="' in page
    assert '">1423 days since the Salisbury incident</span>' in page
    assert f'">1423 days have passed since the Salisbury incident - {NOTE}</span>' in page
