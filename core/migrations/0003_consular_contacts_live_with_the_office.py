"""The header's consular phone lives with the consular section's office row
(embassy/migrations/0009 moves the settings' value there first)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("core", "0002_home_zone_is_a_setting")]

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
