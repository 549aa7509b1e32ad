"""Plain factory functions for consular offices, services, hours, closures and regions."""

import itertools
from datetime import time

from embassy.consular.models import (
    Closure,
    ConsularOffice,
    ConsularService,
    OpeningHours,
    Region,
    ServiceContact,
)

_numbers = itertools.count(1)
WEEKDAYS = range(5)


def make_office(hours=((time(9, 30), time(12, 30)),), weekdays=WEEKDAYS, **fields):
    """An active London office open on weekdays 09:30–12:30 unless told otherwise."""
    number = next(_numbers)
    fields.setdefault("name", f"Office {number}")
    fields.setdefault("slug", f"office-{number}")
    fields.setdefault("kind", ConsularOffice.Kind.CONSULATE_GENERAL)
    fields.setdefault("city", "London")
    fields.setdefault("phone", "+44 (0) 20 7946 0000")
    fields.setdefault("email", f"office{number}@example.org")
    office = ConsularOffice.objects.create(**fields)
    OpeningHours.objects.bulk_create(
        OpeningHours(office=office, weekday=day, opens=opens, closes=closes)
        for day in weekdays
        for opens, closes in hours
    )
    return office


def make_service(**fields):
    number = next(_numbers)
    fields.setdefault("name", f"Service {number}")
    fields.setdefault("slug", f"service-{number}")
    return ConsularService.objects.create(**fields)


def make_contact(office, service, **fields):
    fields.setdefault("phone", "+44 (0) 20 7946 0999")
    fields.setdefault("email", f"{service.slug}@example.org")
    return ServiceContact.objects.create(office=office, service=service, **fields)


def make_region(office, **fields):
    number = next(_numbers)
    fields.setdefault("name", f"Region {number}")
    fields.setdefault("slug", f"region-{number}")
    return Region.objects.create(office=office, **fields)


def make_closure(office, date, reason="Public holiday"):
    return Closure.objects.create(office=office, date=date, reason=reason)
