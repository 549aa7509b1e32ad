"""Text stored before the fields cleaned it loses its control characters (core/text.py)."""

from django.db import migrations

from core.text import clean_stored_text


class Migration(migrations.Migration):
    dependencies = [("counters", "0001_incident")]

    operations = [clean_stored_text("counters", {"incident": ["name", "note"]})]
