from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Consular section"
MODELS = ["consularoffice", "openinghours", "closure", "consularservice", "servicecontact", "region"]
CODENAMES = [f"{action}_{model}" for model in MODELS for action in ("view", "add", "change", "delete")]


def create_group(apps, schema_editor):
    # Permissions are normally made after all migrations; make them now so the group can be
    # given them on a fresh database (as press/migrations/0004_refine_press_groups.py does).
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP)
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="embassy", codename__in=CODENAMES)
    )


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("embassy", "0005_consular_offices"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]
    operations = [migrations.RunPython(create_group, remove_group)]
