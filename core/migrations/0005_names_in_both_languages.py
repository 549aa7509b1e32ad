"""Texts staff write in both languages (django-modeltranslation): a column per language.

The texts written so far are English: they are copied into the English columns.
"""

import core.timekeeping
from django.db import migrations, models

from core.languages import copy_into_english_columns


ENGLISH_COLUMNS = [('core', 'SiteSettings', ['site_name']), ('core', 'Clock', ['label'])]


def copy_names_into_english(apps, schema_editor):
    copy_into_english_columns(apps, ENGLISH_COLUMNS)
    # The Russian column was added with the English default name: there is no Russian name yet
    # (the English one shows until there is).
    apps.get_model("core", "SiteSettings").objects.update(site_name_ru=None)

class Migration(migrations.Migration):

    dependencies = [
        ('core', '0004_consular_phone_lives_with_the_office'),
    ]

    operations = [
        migrations.AlterModelOptions(
            name='clock',
            options={'ordering': ['order', 'label'], 'verbose_name': 'clock', 'verbose_name_plural': 'clocks'},
        ),
        migrations.AddField(
            model_name='clock',
            name='label_en',
            field=models.CharField(help_text='Shown before the time, e.g. Moscow.', max_length=50, null=True, unique=True, verbose_name='label'),
        ),
        migrations.AddField(
            model_name='clock',
            name='label_ru',
            field=models.CharField(help_text='Shown before the time, e.g. Moscow.', max_length=50, null=True, unique=True, verbose_name='label'),
        ),
        migrations.AddField(
            model_name='sitesettings',
            name='site_name_en',
            field=models.CharField(default='Embassy of the Russian Federation', max_length=200, null=True, verbose_name='site name'),
        ),
        migrations.AddField(
            model_name='sitesettings',
            name='site_name_ru',
            field=models.CharField(default='Embassy of the Russian Federation', max_length=200, null=True, verbose_name='site name'),
        ),
        migrations.AlterField(
            model_name='clock',
            name='label',
            field=models.CharField(help_text='Shown before the time, e.g. Moscow.', max_length=50, unique=True, verbose_name='label'),
        ),
        migrations.AlterField(
            model_name='clock',
            name='order',
            field=models.PositiveIntegerField(default=0, help_text='Lower numbers come first.', verbose_name='order'),
        ),
        migrations.AlterField(
            model_name='clock',
            name='time_zone',
            field=models.CharField(choices=core.timekeeping.zone_choices, help_text='The IANA time zone the clock shows, e.g. Europe/London.', max_length=64, validators=[core.timekeeping.validate_zone_name], verbose_name='time zone'),
        ),
        migrations.AlterField(
            model_name='sitesettings',
            name='consular_email',
            field=models.EmailField(blank=True, default='', help_text='Shown in the header after the consular phone.', max_length=254, verbose_name='consular email'),
        ),
        migrations.AlterField(
            model_name='sitesettings',
            name='site_name',
            field=models.CharField(default='Embassy of the Russian Federation', max_length=200, verbose_name='site name'),
        ),
        migrations.RunPython(copy_names_into_english, migrations.RunPython.noop),
    ]
