import pytest
from django.core.management import call_command

from counters.models import Incident

pytestmark = pytest.mark.django_db

NOTE = "no credible information or response from the British authorities"


def test_load_demo_adds_the_two_reference_incidents_once():
    call_command("load_demo")
    call_command("load_demo")
    incidents = list(Incident.objects.values_list("name", "occurred_on", "note", "is_active"))
    assert [(name, day.isoformat(), note, active) for name, day, note, active in incidents] == [
        ("the Salisbury incident", "2018-03-04", NOTE, True),
        ("the death of Nikolay Glushkov on British soil", "2018-03-12", NOTE, True),
    ]
