"""Texts staff write in both languages (django-modeltranslation): a column per language.

The texts written so far are English: they are copied into the English columns.
"""

import core.timekeeping
import django.db.models.deletion
from django.db import migrations, models

from core.languages import copy_into_english_columns


ENGLISH_COLUMNS = [('embassy', 'ConsularOffice', ['name', 'address_lines', 'city', 'country']), ('embassy', 'ConsularService', ['name', 'description']), ('embassy', 'Region', ['name']), ('embassy', 'Closure', ['reason']), ('embassy', 'ServiceContact', ['hours_note'])]


def copy_names_into_english(apps, schema_editor):
    copy_into_english_columns(apps, ENGLISH_COLUMNS)
    # The Russian country was added with the English default: there is no Russian one yet.
    apps.get_model("embassy", "ConsularOffice").objects.update(country_ru=None)

class Migration(migrations.Migration):

    dependencies = [
        ('embassy', '0010_site_editor_group_one_consular_phone'),
    ]

    operations = [
        migrations.AlterModelOptions(
            name='closure',
            options={'ordering': ['date'], 'verbose_name': 'closure', 'verbose_name_plural': 'closures'},
        ),
        migrations.AlterModelOptions(
            name='consularoffice',
            options={'ordering': ['order', 'name'], 'verbose_name': 'consular office', 'verbose_name_plural': 'consular offices'},
        ),
        migrations.AlterModelOptions(
            name='consularservice',
            options={'ordering': ['order', 'name'], 'verbose_name': 'consular service', 'verbose_name_plural': 'consular services'},
        ),
        migrations.AlterModelOptions(
            name='region',
            options={'ordering': ['order', 'name'], 'verbose_name': 'region', 'verbose_name_plural': 'regions'},
        ),
        migrations.AlterModelOptions(
            name='servicecontact',
            options={'ordering': ['service__order', 'service__name'], 'verbose_name': 'service contact', 'verbose_name_plural': 'service contacts'},
        ),
        migrations.AddField(
            model_name='closure',
            name='reason_en',
            field=models.CharField(help_text='For example: Christmas Day.', max_length=200, null=True, verbose_name='reason'),
        ),
        migrations.AddField(
            model_name='closure',
            name='reason_ru',
            field=models.CharField(help_text='For example: Christmas Day.', max_length=200, null=True, verbose_name='reason'),
        ),
        migrations.AddField(
            model_name='consularoffice',
            name='address_lines_en',
            field=models.TextField(blank=True, help_text='One line of the address per line.', null=True, verbose_name='address lines'),
        ),
        migrations.AddField(
            model_name='consularoffice',
            name='address_lines_ru',
            field=models.TextField(blank=True, help_text='One line of the address per line.', null=True, verbose_name='address lines'),
        ),
        migrations.AddField(
            model_name='consularoffice',
            name='city_en',
            field=models.CharField(max_length=100, null=True, verbose_name='city'),
        ),
        migrations.AddField(
            model_name='consularoffice',
            name='city_ru',
            field=models.CharField(max_length=100, null=True, verbose_name='city'),
        ),
        migrations.AddField(
            model_name='consularoffice',
            name='country_en',
            field=models.CharField(default='United Kingdom', max_length=100, null=True, verbose_name='country'),
        ),
        migrations.AddField(
            model_name='consularoffice',
            name='country_ru',
            field=models.CharField(default='United Kingdom', max_length=100, null=True, verbose_name='country'),
        ),
        migrations.AddField(
            model_name='consularoffice',
            name='name_en',
            field=models.CharField(max_length=200, null=True, verbose_name='name'),
        ),
        migrations.AddField(
            model_name='consularoffice',
            name='name_ru',
            field=models.CharField(max_length=200, null=True, verbose_name='name'),
        ),
        migrations.AddField(
            model_name='consularservice',
            name='description_en',
            field=models.TextField(blank=True, null=True, verbose_name='description'),
        ),
        migrations.AddField(
            model_name='consularservice',
            name='description_ru',
            field=models.TextField(blank=True, null=True, verbose_name='description'),
        ),
        migrations.AddField(
            model_name='consularservice',
            name='name_en',
            field=models.CharField(max_length=200, null=True, verbose_name='name'),
        ),
        migrations.AddField(
            model_name='consularservice',
            name='name_ru',
            field=models.CharField(max_length=200, null=True, verbose_name='name'),
        ),
        migrations.AddField(
            model_name='region',
            name='name_en',
            field=models.CharField(max_length=100, null=True, verbose_name='name'),
        ),
        migrations.AddField(
            model_name='region',
            name='name_ru',
            field=models.CharField(max_length=100, null=True, verbose_name='name'),
        ),
        migrations.AddField(
            model_name='servicecontact',
            name='hours_note_en',
            field=models.CharField(blank=True, help_text='For example: mornings only.', max_length=200, null=True, verbose_name='note on hours'),
        ),
        migrations.AddField(
            model_name='servicecontact',
            name='hours_note_ru',
            field=models.CharField(blank=True, help_text='For example: mornings only.', max_length=200, null=True, verbose_name='note on hours'),
        ),
        migrations.AlterField(
            model_name='closure',
            name='date',
            field=models.DateField(verbose_name='date'),
        ),
        migrations.AlterField(
            model_name='closure',
            name='office',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='closures', to='embassy.consularoffice', verbose_name='office'),
        ),
        migrations.AlterField(
            model_name='closure',
            name='reason',
            field=models.CharField(help_text='For example: Christmas Day.', max_length=200, verbose_name='reason'),
        ),
        migrations.AlterField(
            model_name='consularoffice',
            name='address_lines',
            field=models.TextField(blank=True, help_text='One line of the address per line.', verbose_name='address lines'),
        ),
        migrations.AlterField(
            model_name='consularoffice',
            name='city',
            field=models.CharField(max_length=100, verbose_name='city'),
        ),
        migrations.AlterField(
            model_name='consularoffice',
            name='country',
            field=models.CharField(default='United Kingdom', max_length=100, verbose_name='country'),
        ),
        migrations.AlterField(
            model_name='consularoffice',
            name='email',
            field=models.EmailField(blank=True, max_length=254, verbose_name='email'),
        ),
        migrations.AlterField(
            model_name='consularoffice',
            name='kind',
            field=models.CharField(choices=[('consular_section', 'Consular section of the embassy'), ('consulate_general', 'Consulate general'), ('honorary_consul', 'Honorary consul')], max_length=32, verbose_name='kind'),
        ),
        migrations.AlterField(
            model_name='consularoffice',
            name='name',
            field=models.CharField(max_length=200, verbose_name='name'),
        ),
        migrations.AlterField(
            model_name='consularoffice',
            name='order',
            field=models.PositiveSmallIntegerField(default=0, verbose_name='order'),
        ),
        migrations.AlterField(
            model_name='consularoffice',
            name='phone',
            field=models.CharField(blank=True, help_text="The consular section's phone is also the site header's.", max_length=50, verbose_name='phone'),
        ),
        migrations.AlterField(
            model_name='consularoffice',
            name='postcode',
            field=models.CharField(blank=True, max_length=20, verbose_name='postcode'),
        ),
        migrations.AlterField(
            model_name='consularoffice',
            name='slug',
            field=models.SlugField(max_length=200, unique=True, verbose_name='slug'),
        ),
        migrations.AlterField(
            model_name='consularoffice',
            name='time_zone',
            field=models.CharField(choices=core.timekeeping.zone_choices, default='Europe/London', help_text='Opening hours are in this zone; the open/closed state is computed in it.', max_length=64, validators=[core.timekeeping.validate_zone_name], verbose_name='time zone'),
        ),
        migrations.AlterField(
            model_name='consularservice',
            name='description',
            field=models.TextField(blank=True, verbose_name='description'),
        ),
        migrations.AlterField(
            model_name='consularservice',
            name='name',
            field=models.CharField(max_length=200, verbose_name='name'),
        ),
        migrations.AlterField(
            model_name='consularservice',
            name='order',
            field=models.PositiveSmallIntegerField(default=0, verbose_name='order'),
        ),
        migrations.AlterField(
            model_name='consularservice',
            name='slug',
            field=models.SlugField(max_length=200, unique=True, verbose_name='slug'),
        ),
        migrations.AlterField(
            model_name='openinghours',
            name='closes',
            field=models.TimeField(verbose_name='closes'),
        ),
        migrations.AlterField(
            model_name='openinghours',
            name='office',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='opening_hours', to='embassy.consularoffice', verbose_name='office'),
        ),
        migrations.AlterField(
            model_name='openinghours',
            name='opens',
            field=models.TimeField(verbose_name='opens'),
        ),
        migrations.AlterField(
            model_name='openinghours',
            name='weekday',
            field=models.PositiveSmallIntegerField(choices=[(0, 'Monday'), (1, 'Tuesday'), (2, 'Wednesday'), (3, 'Thursday'), (4, 'Friday'), (5, 'Saturday'), (6, 'Sunday')], verbose_name='weekday'),
        ),
        migrations.AlterField(
            model_name='region',
            name='name',
            field=models.CharField(max_length=100, verbose_name='name'),
        ),
        migrations.AlterField(
            model_name='region',
            name='office',
            field=models.ForeignKey(help_text='The office that serves people living in this region.', on_delete=django.db.models.deletion.PROTECT, related_name='regions', to='embassy.consularoffice', verbose_name='office'),
        ),
        migrations.AlterField(
            model_name='region',
            name='order',
            field=models.PositiveSmallIntegerField(default=0, verbose_name='order'),
        ),
        migrations.AlterField(
            model_name='region',
            name='slug',
            field=models.SlugField(max_length=100, unique=True, verbose_name='slug'),
        ),
        migrations.AlterField(
            model_name='servicecontact',
            name='appointment_required',
            field=models.BooleanField(default=False, verbose_name='appointment required'),
        ),
        migrations.AlterField(
            model_name='servicecontact',
            name='email',
            field=models.EmailField(blank=True, max_length=254, verbose_name='email'),
        ),
        migrations.AlterField(
            model_name='servicecontact',
            name='office',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='service_contacts', to='embassy.consularoffice', verbose_name='office'),
        ),
        migrations.AlterField(
            model_name='servicecontact',
            name='phone',
            field=models.CharField(blank=True, max_length=50, verbose_name='phone'),
        ),
        migrations.AlterField(
            model_name='servicecontact',
            name='service',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='contacts', to='embassy.consularservice', verbose_name='service'),
        ),
        migrations.RunPython(copy_names_into_english, migrations.RunPython.noop),
    ]
