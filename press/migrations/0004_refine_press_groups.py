"""The press groups, with the rights of the editorial workflow.

"Press writer": create and edit drafts, submit them for review.
"Press editor": also publish and schedule, withdraw, delete (to the recycle bin), restore
and purge.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

KIND_MODELS = [
    "message", "statement", "comment", "pressrelease", "interview", "speech", "briefing",
    "article",
]
WRITER = (
    [f"{action}_{model}" for model in KIND_MODELS for action in ("view", "add", "change")]
    + [f"{action}_{model}" for model in ("category", "person") for action in ("view", "add", "change")]
    + ["submit_message"]
)
EDITOR = (
    WRITER
    + [f"delete_{model}" for model in [*KIND_MODELS, "category", "person"]]
    + ["view_deletedmessage", "change_deletedmessage"]
    + ["publish_message", "withdraw_message", "restore_message", "purge_message"]
)
GROUPS = {"Press writer": WRITER, "Press editor": EDITOR}


def create_groups(apps, schema_editor):
    # Permissions are normally made after all migrations; make them now so the groups can be
    # given them on a fresh database.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in GROUPS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.set(
            Permission.objects.filter(content_type__app_label="press", codename__in=codenames)
        )


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=GROUPS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("press", "0003_editorial_workflow"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]
    operations = [migrations.RunPython(create_groups, remove_groups)]
