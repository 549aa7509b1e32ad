"""A "Site editor" group for the header's settings, and the consular phone kept in one place.

The group may edit the site settings, the clocks and the incident counters, so the header needs
no superuser; a press editor may be given it too.

The header's consular phone used to be a copy in the site settings; it is now the consular
section's own (its office row). Where the office had none, the settings' value moves there
before core/migrations/0004 removes it from the settings.
"""

from django.db import migrations, models

from core.group_rights import grant

GROUP = "Site editor"
PERMISSIONS = {
    "core": [
        "view_sitesettings", "change_sitesettings",
        "view_clock", "add_clock", "change_clock", "delete_clock",
    ],
    "counters": ["view_incident", "add_incident", "change_incident", "delete_incident"],
}


def create_group(apps, schema_editor):
    for app_label, codenames in PERMISSIONS.items():
        grant(apps, GROUP, app_label, codenames)


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


def move_consular_phone(apps, schema_editor):
    SiteSettings = apps.get_model("core", "SiteSettings")
    ConsularOffice = apps.get_model("embassy", "ConsularOffice")
    settings_row = SiteSettings.objects.filter(pk=1).first()
    if settings_row is None or not settings_row.consular_phone:
        return
    office = (
        ConsularOffice.objects.filter(is_active=True, kind="consular_section")
        .order_by("order", "name").first()
    )
    if office is None:
        office = ConsularOffice.objects.create(
            name="Consular Section of the Embassy", slug="consular-section",
            kind="consular_section", city="London",
        )
    if not office.phone:
        office.phone = settings_row.consular_phone
        office.save(update_fields=["phone"])


class Migration(migrations.Migration):
    dependencies = [
        ("embassy", "0009_text_without_control_characters"),
        ("core", "0003_text_without_control_characters"),
        ("counters", "0001_incident"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]
    # The settings' copy is read here, before core removes it.
    run_before = [("core", "0004_consular_phone_lives_with_the_office")]

    operations = [
        migrations.AlterField(
            model_name="consularoffice",
            name="phone",
            field=models.CharField(
                blank=True, max_length=50,
                help_text="The consular section's phone is also the site header's.",
            ),
        ),
        migrations.RunPython(move_consular_phone, migrations.RunPython.noop),
        migrations.RunPython(create_group, remove_group),
    ]
