from django.db import migrations


def create_row(apps, schema_editor):
    # The settings row is there from the first migrate, with the model's defaults.
    apps.get_model("embassy", "SiteSettings").objects.get_or_create(pk=1)


class Migration(migrations.Migration):
    dependencies = [("embassy", "0001_initial")]
    operations = [migrations.RunPython(create_row, migrations.RunPython.noop)]
