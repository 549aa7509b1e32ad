"""The header's incidents: the active ones, in order, cached until one changes."""

from datetime import date

import pytest

from counters.models import Incident
from counters.selectors import active_incidents
from tests.counters.factories import make_incident

pytestmark = pytest.mark.django_db


def names():
    return [incident.name for incident in active_incidents()]


def test_only_active_incidents_in_their_order():
    make_incident(name="second", order=2)
    make_incident(name="hidden", order=0, is_active=False)
    make_incident(name="first", order=1)
    assert names() == ["first", "second"]


def test_one_query_then_none_while_cached(django_assert_num_queries):
    for _ in range(5):
        make_incident()
    with django_assert_num_queries(1):
        assert len(active_incidents()) == 5
    with django_assert_num_queries(0):
        assert len(active_incidents()) == 5


def test_saving_or_deleting_an_incident_refreshes_the_cached_list():
    first = make_incident(name="the Salisbury incident")
    assert names() == ["the Salisbury incident"]

    first.name = "the Salisbury poisoning"
    first.save()
    assert names() == ["the Salisbury poisoning"]

    make_incident(name="another", occurred_on=date(2018, 3, 12))
    assert names() == ["the Salisbury poisoning", "another"]

    Incident.objects.filter(name="another").delete()  # as the admin's bulk delete does
    assert names() == ["the Salisbury poisoning"]
