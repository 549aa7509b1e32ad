"""The kept header and footer (embassy/fragments.py) never show what is no longer true: the
time of an earlier minute, yesterday's date or counters, content from before a save, or the
other language's words."""

from datetime import UTC, date, datetime, timedelta

import pytest
import time_machine

from core.clocks import Clock
from core.site_settings import SiteSettings
from tests.counters.factories import make_incident
from tests.embassy.test_header_reference import visible_text

pytestmark = pytest.mark.django_db

# 23:59:30 in Moscow on 24 January 2022; Moscow's midnight is 21:00 UTC.
BEFORE_MIDNIGHT = datetime(2022, 1, 24, 20, 59, 30, tzinfo=UTC)


def page(client, url="/privacy/"):
    response = client.get(url)
    assert response.status_code == 200
    return visible_text(response.content.decode())


def test_the_header_is_kept_within_its_minute_and_shows_the_next_one_after_it(client):
    with time_machine.travel(BEFORE_MIDNIGHT - timedelta(minutes=5), tick=False) as traveller:
        assert "Moscow: 23:54" in page(client)
        traveller.shift(timedelta(seconds=25))  # 23:54:55, the same minute
        assert "Moscow: 23:54" in page(client)
        traveller.shift(timedelta(seconds=10))  # 23:55:05
        text = page(client)
    assert "Moscow: 23:55" in text
    assert "23:54" not in text


def test_the_date_and_the_counters_turn_over_at_the_home_zone_midnight(client):
    make_incident(name="the Salisbury incident", occurred_on=date(2018, 3, 4))
    with time_machine.travel(BEFORE_MIDNIGHT, tick=False) as traveller:
        before = page(client)
        traveller.shift(timedelta(seconds=35))  # 00:00:05 in Moscow
        after = page(client)
    assert "24 January 2022" in before
    assert "1422 days have passed" in before
    assert "25 January 2022" in after
    assert "1423 days have passed" in after
    assert "24 January 2022" not in after


@time_machine.travel(BEFORE_MIDNIGHT, tick=False)
def test_a_saved_clock_shows_at_once_within_the_same_minute(client):
    assert "Moscow: 23:59" in page(client)
    clock = Clock.objects.get(time_zone="Europe/Moscow")
    clock.label = "Moskva"
    clock.save()
    text = page(client)
    assert "Moskva: 23:59" in text
    assert "Moscow: 23:59" not in text


@time_machine.travel(BEFORE_MIDNIGHT, tick=False)
def test_the_footer_shows_a_saved_email_at_once(client):
    settings_row = SiteSettings.load()
    settings_row.consular_email = "first@example.org"
    settings_row.save()
    assert "first@example.org" in page(client)
    settings_row.consular_email = "second@example.org"
    settings_row.save()
    text = page(client)
    assert "second@example.org" in text
    assert "first@example.org" not in text


@time_machine.travel(BEFORE_MIDNIGHT, tick=False)
def test_header_and_footer_are_kept_per_language(client):
    english = page(client)
    russian = page(client, "/ru/privacy/")
    assert "Moscow: 23:59" in english
    assert "24 January 2022" in english
    assert "24 января 2022" in russian
    assert "24 January 2022" not in russian
    # The footer's words follow the page's language too.
    assert "Follow our messages" in english
    assert "Follow our messages" not in russian
    assert "24 января 2022" not in page(client)
