"""Press writers and editors add, change and remove lead images and attachments."""

from django.db import migrations

from core.group_rights import grant

GROUPS = ["Press writer", "Press editor"]
CODENAMES = [
    f"{action}_{model}"
    for model in ("leadimage", "attachment")
    for action in ("view", "add", "change", "delete")
]


def grant_uploads(apps, schema_editor):
    for group in GROUPS:
        grant(apps, group, "press", CODENAMES)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(content_type__app_label="press", codename__in=CODENAMES)
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [("press", "0009_lead_images_attachments_authorship")]
    operations = [migrations.RunPython(grant_uploads, revoke)]
