"""The public consular pages: the lookup and one office's page."""

from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.views.decorators.http import require_safe

from core.freshness import fresh_until, public_page

from . import selectors
from .details import with_details
from .filters import ConsularLookupFilter
from .opening import opening_state


def describe(office, request, now):
    """Attach whether the office is open now and its closures to come, and bound the page's
    freshness.

    The page says "Open now" or "Closed"; it must not be reused past the moment that flips.
    """
    closures = {closure.date: closure.reason for closure in office.closures.all()}
    office.state = opening_state(now, office.zone, office.opening_hours.all(), closures)
    today = now.astimezone(office.zone).date()
    office.upcoming_closures = [c for c in office.closures.all() if c.date >= today]
    if office.state.changes_at is not None:
        fresh_until(request, office.state.changes_at)
    return office


@require_safe
@public_page(parameters=ConsularLookupFilter.base_filters)
def lookup(request):
    regions = selectors.regions()
    services = selectors.services()
    # Before anything is chosen every office is listed as kept: the offices' queryset (its
    # building alone was a twentieth of the page) is made only for a choice.
    filterset = ConsularLookupFilter(
        request.GET or None,
        services=services,
        regions=regions,
        queryset=selectors.public_offices() if request.GET else None,
    )
    # A choice that does not exist, an overlong or NUL-bearing text: the form says what is
    # wrong and nothing is listed.
    if not filterset.is_bound:
        offices = selectors.every_public_office()
    else:
        offices = list(filterset.qs) if filterset.is_valid() else []
    service = filterset.chosen_service
    now = timezone.now()
    for office in offices:
        describe(office, request, now)
        office.serves = [region for region in regions if region.office_id == office.pk]
        office.chosen_contact = filterset.chosen_contact(office) if service else None
    with_details(offices)
    return render(
        request,
        "embassy/consular/lookup.html",
        {
            "filterset": filterset,
            "offices": offices,
            "service": service,
            "region": filterset.chosen_region,
            "text": filterset.chosen_text,
            # Emergency help comes first on the page, as a link to every office's contact.
            "emergency_service": next((s for s in services if s.is_emergency), None),
        },
    )


@require_safe
@public_page
def office_detail(request, slug):
    office = get_object_or_404(selectors.public_offices(with_contacts=True), slug=slug)
    describe(office, request, timezone.now())
    office.serves = list(office.regions.all())
    with_details([office])
    contacts = list(office.service_contacts.all())
    # Emergency help first and apart; then the other services in their order.
    office.emergency_contacts = [c for c in contacts if c.service.is_emergency]
    office.other_contacts = [c for c in contacts if not c.service.is_emergency]
    return render(request, "embassy/consular/office_detail.html", {"office": office})
