"""The press groups, with the rights of the editorial workflow.

"Press writer": create and edit drafts, submit them for review.
"Press editor": also publish and schedule, withdraw, delete (to the recycle bin), restore
and purge.
"""

from django.db import migrations

from core.group_rights import grant

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
    for name, codenames in GROUPS.items():
        grant(apps, name, "press", codenames, replace=True)


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=GROUPS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("press", "0003_editorial_workflow"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]
    operations = [migrations.RunPython(create_groups, remove_groups)]
