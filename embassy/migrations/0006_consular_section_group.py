from django.db import migrations

from core.group_rights import grant

GROUP = "Consular section"
MODELS = ["consularoffice", "openinghours", "closure", "consularservice", "servicecontact", "region"]
CODENAMES = [f"{action}_{model}" for model in MODELS for action in ("view", "add", "change", "delete")]


def create_group(apps, schema_editor):
    grant(apps, GROUP, "embassy", CODENAMES)


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("embassy", "0005_consular_offices"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]
    operations = [migrations.RunPython(create_group, remove_group)]
