"""The queries behind the public consular pages: each loads only what the pages show."""

from datetime import timedelta

from django.db.models import Prefetch
from django.utils import timezone

from core import content_version
from core.cached_rows import CachedRows

from .models import Closure, ConsularOffice, ConsularService, OpeningHours, Region, ServiceContact

OFFICE_COLUMNS = [
    "name", "slug", "kind", "address_lines", "city", "postcode", "country", "phone", "email",
    "appointments_url", "time_zone",
]


def services():
    """Every service, kept for the content version (and language: they are names)."""
    return content_version.recall(
        "consular-services",
        lambda: list(ConsularService.objects.only("name", "slug", "is_emergency")),
    )


def regions():
    """Every region, kept likewise."""
    return content_version.recall(
        "consular-regions", lambda: list(Region.objects.only("name", "slug", "office_id"))
    )


def _closures_since():
    # Yesterday in UTC is early enough for "today" in any zone; past closures change nothing.
    return timezone.now().date() - timedelta(days=1)


def every_public_office():
    """`public_offices()` as a list, kept for the content version and the day (its closures
    start from yesterday): what the lookup lists before anything is chosen. Each call gets
    its own copies, which the page may annotate (the opening state is worked out per request).
    """
    since = _closures_since()
    return content_version.recall(
        f"consular-offices:{since.isoformat()}", lambda: list(public_offices(since=since))
    )


def public_offices(with_contacts=False, since=None):
    """Active offices with their hours and their closures from `since` (yesterday) on."""
    since = since or _closures_since()
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


def _load_main_office():
    # A list (of one or none), so that "there is none" is cached too.
    return list(
        ConsularOffice.objects.filter(
            is_active=True, kind=ConsularOffice.Kind.CONSULAR_SECTION
        ).only("phone")[:1]
    )


# The header shows its phone on every page: a cached row, forgotten on any change.
MAIN_OFFICE = CachedRows("consular:main-office", _load_main_office)


def main_office():
    """The embassy's consular section (the first active one, in the offices' order), whose
    phone the header shows; None if there is none. One query, none when cached."""
    offices = MAIN_OFFICE.get()
    return offices[0] if offices else None
