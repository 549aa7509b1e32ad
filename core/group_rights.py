"""For data migrations that make staff groups: the permissions exist, then a group gets some.

Django makes permissions after all migrations have run; a migration that gives a group its
rights on a fresh database must make them first. Every group migration (press, consular
section, site editor) does it through these two functions.
"""


def make_permissions(apps):
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def grant(apps, group_name, app_label, codenames, *, replace=False):
    """Give the group `group_name` (made if missing) these permissions of `app_label`; with
    `replace`, only these."""
    make_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=group_name)
    permissions = Permission.objects.filter(
        content_type__app_label=app_label, codename__in=codenames
    )
    if replace:
        group.permissions.set(permissions)
    else:
        group.permissions.add(*permissions)
    return group
