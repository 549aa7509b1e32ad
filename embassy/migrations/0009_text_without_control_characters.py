"""Text stored before the fields cleaned it loses its control characters (core/text.py)."""

from django.db import migrations

from core.text import clean_stored_text


class Migration(migrations.Migration):
    dependencies = [("embassy", "0008_consular_service_is_emergency")]

    operations = [
        clean_stored_text("embassy", {
            "consularoffice": [
                "name", "address_lines", "city", "postcode", "country", "phone",
                "appointments_url",
            ],
            "closure": ["reason"],
            "consularservice": ["name", "description"],
            "servicecontact": ["phone", "hours_note"],
            "region": ["name"],
        }),
    ]
