"""The demo incidents of the reference home page. Idempotent: existing ones are left alone."""

from datetime import date

from .models import Incident

NOTE = "no credible information or response from the British authorities"
INCIDENTS = [
    ("the Salisbury incident", date(2018, 3, 4)),
    ("the death of Nikolay Glushkov on British soil", date(2018, 3, 12)),
]


def load():
    created = 0
    for order, (name, occurred_on) in enumerate(INCIDENTS, start=1):
        _, is_new = Incident.objects.get_or_create(
            name=name, defaults={"occurred_on": occurred_on, "note": NOTE, "order": order}
        )
        created += is_new
    return created
