"""The queries behind the public consular pages: each loads only what the pages show."""

from datetime import timedelta

from django.db.models import Prefetch
from django.utils import timezone

from .models import Closure, ConsularOffice, ConsularService, OpeningHours, Region, ServiceContact

OFFICE_COLUMNS = [
    "name", "slug", "kind", "address_lines", "city", "postcode", "country", "phone", "email",
    "appointments_url", "time_zone",
]


def services():
    return list(ConsularService.objects.only("name", "slug", "is_emergency"))


def regions():
    return list(Region.objects.only("name", "slug", "office_id"))


def public_offices(with_contacts=False):
    """Active offices with their hours and their closures from yesterday on.

    Yesterday in UTC is early enough for "today" in any zone; past closures change nothing.
    """
    since = timezone.now().date() - timedelta(days=1)
    offices = (
        ConsularOffice.objects.filter(is_active=True)
        .only(*OFFICE_COLUMNS)
        .prefetch_related(
            Prefetch(
                "opening_hours",
                queryset=OpeningHours.objects.only("office_id", "weekday", "opens", "closes"),
            ),
            Prefetch(
                "closures",
                queryset=Closure.objects.filter(date__gte=since).only(
                    "office_id", "date", "reason"
                ),
            ),
        )
    )
    if with_contacts:
        offices = offices.prefetch_related(
            Prefetch(
                "service_contacts",
                queryset=ServiceContact.objects.select_related("service"),
            ),
            Prefetch("regions", queryset=Region.objects.only("office_id", "name")),
        )
    return offices
