"""Demo consular content: the embassy's consular section and a consulate general in Edinburgh.

Only the consular phone number comes from the reference page. Every other detail (addresses,
emails, the Edinburgh number, the hours) is SAMPLE DATA: addresses say so and emails use
example.org. Loading is idempotent: what exists is left as staff edited it, but for a Russian
text it lacks (RUSSIAN below).
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

# The Russian texts: by service, office and region slug.
RUSSIAN = {
    "services": {
        "passports": ("Паспорта", "Оформление и замена паспорта."),
        "visas": ("Визы", "Визы для приезжающих в страну."),
        "citizenship": ("Гражданство", "Приобретение, подтверждение и прекращение гражданства."),
        "notarial-acts": ("Нотариальные действия",
                          "Доверенности, заверенные копии, заявления под присягой."),
        "legalisation": ("Легализация документов",
                         "Легализация документов для использования за рубежом."),
        "civil-registration": ("Запись актов гражданского состояния",
                               "Рождение, заключение брака и смерть."),
        "emergency-assistance": ("Экстренная помощь гражданам",
                                 "Помощь гражданам в беде: задержание, несчастный случай, "
                                 "утрата документов."),
    },
    "offices": {
        "embassy-consular-section": ("Консульский отдел посольства", "Лондон"),
        "consulate-general-edinburgh": ("Генеральное консульство в Эдинбурге", "Эдинбург"),
    },
    "regions": {
        "england": "Англия", "wales": "Уэльс", "isle-of-man": "Остров Мэн",
        "channel-islands": "Нормандские острова", "scotland": "Шотландия",
        "northern-ireland": "Северная Ирландия",
    },
    "country": "Соединённое Королевство",
    "hours_notes": {"emergency-assistance": "Круглосуточно, в том числе в нерабочее время."},
}


def _fill_russian(item, **texts):
    """Give `item` the Russian texts it has none of yet (staff's own are kept). A Russian
    column that holds the English default (a new office's country) has none yet either."""
    missing = {
        f"{field}_ru": text for field, text in texts.items()
        if getattr(item, f"{field}_ru") in (None, "", getattr(item, f"{field}_en"))
    }
    for column, text in missing.items():
        setattr(item, column, text)
    if missing:
        item.save()
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
        name_ru, description_ru = RUSSIAN["services"][slug]
        _fill_russian(service, name=name_ru, description=description_ru)
        services.append(service)
        created += is_new
    needs_appointment = {slug: needed for slug, _, _, needed in SERVICES}
    for order, fields in enumerate(OFFICES):
        fields = dict(fields)
        hours, regions = fields.pop("hours"), fields.pop("regions")
        slug = fields.pop("slug")
        office, is_new = ConsularOffice.objects.get_or_create(slug=slug, defaults=fields)
        name_ru, city_ru = RUSSIAN["offices"][slug]
        _fill_russian(office, name=name_ru, city=city_ru, country=RUSSIAN["country"])
        created += is_new
        if is_new:  # Hours staff have changed since are theirs: only a new office gets ours.
            OpeningHours.objects.bulk_create(
                OpeningHours(office=office, weekday=day, opens=opens, closes=closes)
                for day in WEEKDAYS
                for opens, closes in hours
            )
        for service in services:
            contact, is_new = ServiceContact.objects.get_or_create(
                office=office,
                service=service,
                defaults={
                    "phone": office.phone,
                    "email": office.email.replace("consular.", f"{service.slug}."),
                    "appointment_required": needs_appointment[service.slug],
                    "hours_note": HOURS_NOTES.get(service.slug, ""),
                },
            )
            if service.slug in RUSSIAN["hours_notes"]:
                _fill_russian(contact, hours_note=RUSSIAN["hours_notes"][service.slug])
            created += is_new
        for region_order, (slug, name) in enumerate(regions, start=order * 10):
            region, is_new = Region.objects.get_or_create(
                slug=slug, defaults={"name": name, "office": office, "order": region_order}
            )
            _fill_russian(region, name=RUSSIAN["regions"][slug])
            created += is_new
    return created
