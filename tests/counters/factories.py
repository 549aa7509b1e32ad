"""Plain factory functions for the counters' tests."""

import itertools
from datetime import date

from counters.models import Incident

_numbers = itertools.count(1)


def make_incident(**fields):
    number = next(_numbers)
    fields.setdefault("name", f"incident {number}")
    fields.setdefault("occurred_on", date(2018, 3, 4))
    fields.setdefault("order", number)
    return Incident.objects.create(**fields)
