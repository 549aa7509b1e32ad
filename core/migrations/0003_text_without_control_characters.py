"""Text stored before the fields cleaned it loses its control characters (core/text.py)."""

from django.db import migrations

from core.text import clean_stored_text


class Migration(migrations.Migration):
    dependencies = [("core", "0002_home_zone_is_a_setting")]

    operations = [
        clean_stored_text("core", {
            "sitesettings": ["site_name", "consular_phone"],
            "clock": ["label"],
        }),
    ]
