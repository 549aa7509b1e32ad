"""The header's consular phone lives with the consular section's office row
(embassy/migrations/0010 moves the settings' value there first)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("core", "0003_text_without_control_characters")]

    operations = [
        migrations.RemoveField(model_name="sitesettings", name="consular_phone"),
        migrations.AlterField(
            model_name="sitesettings",
            name="consular_email",
            field=models.EmailField(
                blank=True, default="", help_text="Shown in the header after the consular phone.",
                max_length=254,
            ),
        ),
    ]
