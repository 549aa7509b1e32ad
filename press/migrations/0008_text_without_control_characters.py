"""Text stored before the fields cleaned it loses its control characters (core/text.py)."""

from django.db import migrations

from core.text import clean_stored_text


class Migration(migrations.Migration):
    dependencies = [("press", "0007_kind_proxies_declared_as_classes")]

    operations = [
        clean_stored_text("press", {
            "category": ["name", "description"],
            "person": ["name", "position"],
            "message": [
                "title", "lead", "body", "body_html", "outlet", "withdrawal_explanation",
            ],
            "messageevent": ["note"],
        }),
    ]
