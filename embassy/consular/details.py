"""Each office's details, rendered once per content version and language and kept.

An office's address, contacts, the regions it serves and its weekly hours change only when
its content does; of what both consular pages say about an office, only whether it is open
now changes with the time (`describe` in views.py). Rendering the details on every request
was about a quarter of the lookup page's work (cProfile); they are kept as HTML, all of a
page's offices read in one round trip, as message summaries are (press/summaries.py).
"""

from django.template.loader import render_to_string

from core import content_version

from .opening import weekly_table

TEMPLATE = "embassy/consular/_office_details.html"


def with_details(offices):
    """Give each office its `details` (HTML): kept, or rendered for those not kept. Each office
    must already have `serves`, the regions it serves, in their order."""
    if not offices:
        return offices
    kept = content_version.recall_all(
        "consular-office-details", offices, lambda office: str(office.pk), _render
    )
    for office, details in zip(offices, kept, strict=True):
        office.details = details
    return offices


def _render(offices):
    return [
        render_to_string(
            TEMPLATE, {"office": office, "week": weekly_table(office.opening_hours.all())}
        )
        for office in offices
    ]
