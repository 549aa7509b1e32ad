"""Demo consular content: the embassy's consular section and a consulate general in Edinburgh.

Only the consular phone number comes from the reference page. Every other detail (addresses,
emails, the Edinburgh number, the hours) is SAMPLE DATA: addresses say so and emails use
example.org. Loading is idempotent: what exists is left as staff edited it.
"""

from datetime import time

from django.db import transaction

from .models import ConsularOffice, ConsularService, OpeningHours, Region, ServiceContact

REFERENCE_PHONE = "+44 (0) 203 668 7474"
SAMPLE = "Sample address (demo data)"

SERVICES = [
    ("passports", "Passports", "Applying for or renewing a passport.", True),
    ("visas", "Visas", "Visas for visitors to the country.", True),
    ("citizenship", "Citizenship", "Acquiring, confirming or renouncing citizenship.", True),
    ("notarial-acts", "Notarial acts", "Powers of attorney, certified copies, affidavits.", True),
    ("legalisation", "Legalisation of documents", "Legalising documents for use abroad.", True),
    ("civil-registration", "Civil registration", "Births, marriages and deaths.", True),
    ("emergency-assistance", "Emergency assistance to citizens",
     "Help for citizens in distress: arrest, accident, lost documents.", False),
]
EMERGENCY = {"emergency-assistance"}

OFFICES = [
    {
        "slug": "embassy-consular-section",
        "name": "Consular Section of the Embassy",
        "kind": ConsularOffice.Kind.CONSULAR_SECTION,
        "address_lines": f"{SAMPLE}\n1 Example Gardens",
        "city": "London",
        "postcode": "W8 0XX",
        "phone": REFERENCE_PHONE,
        "email": "consular.london@example.org",
        "appointments_url": "https://appointments.example.org/london",
        "order": 1,
        "hours": [(time(9, 30), time(12, 30))],
        "regions": [("england", "England"), ("wales", "Wales"), ("isle-of-man", "Isle of Man"),
                    ("channel-islands", "Channel Islands")],
    },
    {
        "slug": "consulate-general-edinburgh",
        "name": "Consulate General in Edinburgh",
        "kind": ConsularOffice.Kind.CONSULATE_GENERAL,
        "address_lines": f"{SAMPLE}\n2 Example Place",
        "city": "Edinburgh",
        "postcode": "EH0 0XX",
        # Ofcom's range for drama and examples: a sample number that reaches nobody.
        "phone": "+44 (0) 131 496 0000",
        "email": "consular.edinburgh@example.org",
        "appointments_url": "https://appointments.example.org/edinburgh",
        "order": 2,
        "hours": [(time(9, 0), time(12, 0)), (time(14, 0), time(16, 0))],
        "regions": [("scotland", "Scotland"), ("northern-ireland", "Northern Ireland")],
    },
]
HOURS_NOTES = {"emergency-assistance": "Any time, also outside opening hours."}
WEEKDAYS = range(5)  # Monday to Friday


@transaction.atomic
def load():
    """Create the demo services, offices, hours, contacts and regions that are missing."""
    created = 0
    services = []
    for order, (slug, name, description, _) in enumerate(SERVICES, start=1):
        service, is_new = ConsularService.objects.get_or_create(
            slug=slug,
            defaults={
                "name": name,
                "description": description,
                "order": order,
                "is_emergency": slug in EMERGENCY,
            },
        )
        services.append(service)
        created += is_new
    needs_appointment = {slug: needed for slug, _, _, needed in SERVICES}
    for order, fields in enumerate(OFFICES):
        fields = dict(fields)
        hours, regions = fields.pop("hours"), fields.pop("regions")
        slug = fields.pop("slug")
        office, is_new = ConsularOffice.objects.get_or_create(slug=slug, defaults=fields)
        created += is_new
        if is_new:  # Hours staff have changed since are theirs: only a new office gets ours.
            OpeningHours.objects.bulk_create(
                OpeningHours(office=office, weekday=day, opens=opens, closes=closes)
                for day in WEEKDAYS
                for opens, closes in hours
            )
        for service in services:
            _, is_new = ServiceContact.objects.get_or_create(
                office=office,
                service=service,
                defaults={
                    "phone": office.phone,
                    "email": office.email.replace("consular.", f"{service.slug}."),
                    "appointment_required": needs_appointment[service.slug],
                    "hours_note": HOURS_NOTES.get(service.slug, ""),
                },
            )
            created += is_new
        for region_order, (slug, name) in enumerate(regions, start=order * 10):
            _, is_new = Region.objects.get_or_create(
                slug=slug, defaults={"name": name, "office": office, "order": region_order}
            )
            created += is_new
    return created
