"""Staff manage incidents in the admin; a future date is refused there, nothing is saved."""

from datetime import UTC, datetime

import pytest
import time_machine
from django.urls import reverse

from counters.models import Incident
from tests.counters.factories import make_incident

pytestmark = pytest.mark.django_db

NOW = datetime(2022, 1, 24, 22, 18, tzinfo=UTC)  # already 25 January in Moscow


def add_incident(client, occurred_on):
    return client.post(
        reverse("admin:counters_incident_add"),
        {
            "name_en": "the Salisbury incident",
            "occurred_on": occurred_on,
            "note_en": "no credible information",
            "is_active": "on",
            "order": "1",
        },
    )


def test_the_changelist_lists_incidents(admin_client):
    make_incident(name="the Salisbury incident")
    response = admin_client.get(reverse("admin:counters_incident_changelist"))
    assert response.status_code == 200
    assert "the Salisbury incident" in response.content.decode()


@time_machine.travel(NOW, tick=False)
def test_a_future_date_is_refused_with_a_clear_message(admin_client):
    response = add_incident(admin_client, "2022-01-26")
    assert response.status_code == 200
    assert "cannot be dated in the future" in response.content.decode()
    assert not Incident.objects.exists()


@time_machine.travel(NOW, tick=False)
def test_today_in_the_home_zone_is_accepted_though_london_is_still_on_yesterday(admin_client):
    response = add_incident(admin_client, "2022-01-25")
    assert response.status_code == 302
    assert Incident.objects.get().occurred_on.isoformat() == "2022-01-25"
