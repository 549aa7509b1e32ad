"""Texts staff write in both languages (django-modeltranslation): a column per language.

The texts written so far are English: they are copied into the English columns.
"""

from django.db import migrations, models

from core.languages import copy_into_english_columns


ENGLISH_COLUMNS = [('counters', 'Incident', ['name', 'note'])]


def copy_names_into_english(apps, schema_editor):
    copy_into_english_columns(apps, ENGLISH_COLUMNS)


class Migration(migrations.Migration):

    dependencies = [
        ('counters', '0002_text_without_control_characters'),
    ]

    operations = [
        migrations.AlterModelOptions(
            name='incident',
            options={'ordering': ['order', 'occurred_on', 'pk'], 'verbose_name': 'incident', 'verbose_name_plural': 'incidents'},
        ),
        migrations.AddField(
            model_name='incident',
            name='name_en',
            field=models.CharField(help_text='As it reads after “days have passed since”, e.g. “the Salisbury incident”; in Russian, as it reads after “прошло 5 дней с”, e.g. “инцидента в Солсбери”.', max_length=300, null=True, verbose_name='name'),
        ),
        migrations.AddField(
            model_name='incident',
            name='name_ru',
            field=models.CharField(help_text='As it reads after “days have passed since”, e.g. “the Salisbury incident”; in Russian, as it reads after “прошло 5 дней с”, e.g. “инцидента в Солсбери”.', max_length=300, null=True, verbose_name='name'),
        ),
        migrations.AddField(
            model_name='incident',
            name='note_en',
            field=models.CharField(blank=True, help_text='Shown after the name and a dash; leave empty to end the sentence at the name.', max_length=500, null=True, verbose_name='note'),
        ),
        migrations.AddField(
            model_name='incident',
            name='note_ru',
            field=models.CharField(blank=True, help_text='Shown after the name and a dash; leave empty to end the sentence at the name.', max_length=500, null=True, verbose_name='note'),
        ),
        migrations.AlterField(
            model_name='incident',
            name='name',
            field=models.CharField(help_text='As it reads after “days have passed since”, e.g. “the Salisbury incident”; in Russian, as it reads after “прошло 5 дней с”, e.g. “инцидента в Солсбери”.', max_length=300, verbose_name='name'),
        ),
        migrations.AlterField(
            model_name='incident',
            name='note',
            field=models.CharField(blank=True, help_text='Shown after the name and a dash; leave empty to end the sentence at the name.', max_length=500, verbose_name='note'),
        ),
        migrations.AlterField(
            model_name='incident',
            name='order',
            field=models.PositiveIntegerField(default=0, help_text='Lower numbers come first.', verbose_name='order'),
        ),
        migrations.RunPython(copy_names_into_english, migrations.RunPython.noop),
    ]
