"""An incident dated in the future is refused, with a message that says why."""

from datetime import UTC, date, datetime

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.utils import timezone

from counters.models import Incident

# 22:18 in London on 24 January is already 01:18 on 25 January in Moscow.
NOW = datetime(2022, 1, 24, 22, 18, tzinfo=UTC)


def incident_on(day):
    return Incident(name="the Salisbury incident", occurred_on=day)


@time_machine.travel(NOW, tick=False)
def test_an_incident_dated_tomorrow_is_refused_with_a_clear_message(settings):
    settings.TIME_ZONE = "Europe/Moscow"
    with pytest.raises(ValidationError) as refused:
        incident_on(date(2022, 1, 26)).full_clean()
    [message] = refused.value.message_dict["occurred_on"]
    assert "cannot be dated in the future" in message
    assert "26 January 2022" in message and "25 January 2022" in message


@time_machine.travel(NOW, tick=False)
def test_today_in_the_home_zone_is_not_the_future(settings):
    settings.TIME_ZONE = "Europe/Moscow"
    incident_on(date(2022, 1, 25)).full_clean()
    settings.TIME_ZONE = "Europe/London"
    with pytest.raises(ValidationError):
        incident_on(date(2022, 1, 25)).full_clean()


@time_machine.travel(NOW, tick=False)
def test_the_home_zone_decides_whatever_zone_is_active(settings):
    settings.TIME_ZONE = "Europe/Moscow"
    with timezone.override("Europe/London"):
        incident_on(date(2022, 1, 25)).full_clean()

