from django.db import migrations

# The header's clocks from the first migrate; staff may change them in the admin.
DEFAULT_CLOCKS = [("Moscow", "Europe/Moscow", 1), ("London", "Europe/London", 2)]


def create_default_clocks(apps, schema_editor):
    Clock = apps.get_model("embassy", "Clock")
    for label, time_zone, order in DEFAULT_CLOCKS:
        Clock.objects.get_or_create(label=label, defaults={"time_zone": time_zone, "order": order})


class Migration(migrations.Migration):
    dependencies = [("embassy", "0003_clock")]
    operations = [migrations.RunPython(create_default_clocks, migrations.RunPython.noop)]
