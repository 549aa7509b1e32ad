"""The demo incidents of the reference home page, in English and Russian.

Idempotent: existing incidents are left alone, but for a Russian text they lack.
"""

from datetime import date

from .models import Incident

NOTE = "no credible information or response from the British authorities"
NOTE_RU = "нет достоверной информации и ответа британских властей"
# (name, Russian name as it reads after "прошло N дней с", date)
INCIDENTS = [
    ("the Salisbury incident", "инцидента в Солсбери", date(2018, 3, 4)),
    (
        "the death of Nikolay Glushkov on British soil",
        "гибели Николая Глушкова на британской земле",
        date(2018, 3, 12),
    ),
]


def load():
    created = 0
    for order, (name, name_ru, occurred_on) in enumerate(INCIDENTS, start=1):
        incident, is_new = Incident.objects.get_or_create(
            name_en=name,
            defaults={"name": name, "occurred_on": occurred_on, "note": NOTE, "order": order},
        )
        if not incident.name_ru:
            incident.name_ru, incident.note_ru = name_ru, incident.note_ru or NOTE_RU
            incident.save()
        created += is_new
    return created
