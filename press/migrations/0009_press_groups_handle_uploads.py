"""Press writers and editors add, change and remove lead images and attachments."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUPS = ["Press writer", "Press editor"]
CODENAMES = [
    f"{action}_{model}"
    for model in ("leadimage", "attachment")
    for action in ("view", "add", "change", "delete")
]


def grant(apps, schema_editor):
    # Permissions are normally made after all migrations (see 0004_refine_press_groups).
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(content_type__app_label="press", codename__in=CODENAMES)
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(content_type__app_label="press", codename__in=CODENAMES)
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [("press", "0008_lead_images_attachments_authorship")]
    operations = [migrations.RunPython(grant, revoke)]
