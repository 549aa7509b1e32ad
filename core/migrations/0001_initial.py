"""The site settings and the clocks move from the embassy app to core, with their rows.

The tables stay as they are here (state only); the next migration renames them. The content
types move too, so permissions and admin log entries follow the models.
"""

import django.core.validators
from django.db import migrations, models

import core.timekeeping

MOVED = ["sitesettings", "clock"]


def move_content_types(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.filter(app_label="embassy", model__in=MOVED).update(app_label="core")


def move_content_types_back(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.filter(app_label="core", model__in=MOVED).update(app_label="embassy")


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("embassy", "0006_consular_section_group"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="SiteSettings",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("site_name", models.CharField(default="Embassy of the Russian Federation", max_length=200)),
                        ("consular_phone", models.CharField(blank=True, default="", max_length=50)),
                        ("consular_email", models.EmailField(blank=True, default="", max_length=254)),
                        ("home_time_zone", models.CharField(choices=core.timekeeping.zone_choices, default="Europe/Moscow", max_length=64, validators=[core.timekeeping.validate_zone_name])),
                        ("home_latest_count", models.PositiveSmallIntegerField(default=10, validators=[django.core.validators.MinValueValidator(1), django.core.validators.MaxValueValidator(50)], verbose_name="latest messages on the home page")),
                    ],
                    options={
                        "verbose_name": "site settings",
                        "verbose_name_plural": "site settings",
                        "db_table": "embassy_sitesettings",
                    },
                ),
                migrations.CreateModel(
                    name="Clock",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("label", models.CharField(help_text="Shown before the time, e.g. Moscow.", max_length=50, unique=True)),
                        ("time_zone", models.CharField(choices=core.timekeeping.zone_choices, help_text="The IANA time zone the clock shows, e.g. Europe/London.", max_length=64, validators=[core.timekeeping.validate_zone_name])),
                        ("order", models.PositiveIntegerField(default=0, help_text="Lower numbers come first.")),
                        ("is_active", models.BooleanField(default=True, verbose_name="shown in the header")),
                    ],
                    options={"ordering": ["order", "label"], "db_table": "embassy_clock"},
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(move_content_types, move_content_types_back),
    ]
