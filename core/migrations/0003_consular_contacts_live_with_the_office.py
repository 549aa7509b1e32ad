"""The header's consular phone and email live with the consular section's office row
(embassy/migrations/0009 moves any values there first)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("core", "0002_home_zone_is_a_setting")]

    operations = [
        migrations.RemoveField(model_name="sitesettings", name="consular_email"),
        migrations.RemoveField(model_name="sitesettings", name="consular_phone"),
    ]
