"""Texts staff write in both languages (django-modeltranslation): a column per language.

The texts written so far are English: they are copied into the English columns.
"""

import django.contrib.postgres.search
import django.db.models.deletion
import press.models.messages
from django.conf import settings
from django.db import migrations, models

from core.languages import copy_into_english_columns


ENGLISH_COLUMNS = [('press', 'Category', ['name', 'description']), ('press', 'Person', ['name', 'position'])]


def copy_names_into_english(apps, schema_editor):
    copy_into_english_columns(apps, ENGLISH_COLUMNS)


class Migration(migrations.Migration):

    dependencies = [
        ('press', '0011_indexes_built_concurrently'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterModelOptions(
            name='article',
            options={'verbose_name': 'article', 'verbose_name_plural': 'articles'},
        ),
        migrations.AlterModelOptions(
            name='briefing',
            options={'verbose_name': 'briefing', 'verbose_name_plural': 'briefings'},
        ),
        migrations.AlterModelOptions(
            name='category',
            options={'ordering': ['order', 'name'], 'verbose_name': 'category', 'verbose_name_plural': 'categories'},
        ),
        migrations.AlterModelOptions(
            name='comment',
            options={'verbose_name': 'comment', 'verbose_name_plural': 'comments'},
        ),
        migrations.AlterModelOptions(
            name='interview',
            options={'verbose_name': 'interview', 'verbose_name_plural': 'interviews'},
        ),
        migrations.AlterModelOptions(
            name='message',
            options={'ordering': ['-published_at', '-id'], 'permissions': [('submit_message', 'Can submit messages for review'), ('publish_message', 'Can publish, schedule, unpublish and feature messages'), ('withdraw_message', 'Can withdraw published messages'), ('restore_message', 'Can restore messages from the recycle bin and old revisions'), ('purge_message', 'Can purge messages from the recycle bin for good')], 'verbose_name': 'message', 'verbose_name_plural': 'messages'},
        ),
        migrations.AlterModelOptions(
            name='messageevent',
            options={'ordering': ['at', 'id'], 'verbose_name': 'message event', 'verbose_name_plural': 'message events'},
        ),
        migrations.AlterModelOptions(
            name='person',
            options={'ordering': ['name'], 'verbose_name': 'person', 'verbose_name_plural': 'people'},
        ),
        migrations.AlterModelOptions(
            name='pressrelease',
            options={'verbose_name': 'press release', 'verbose_name_plural': 'press releases'},
        ),
        migrations.AlterModelOptions(
            name='speech',
            options={'verbose_name': 'speech', 'verbose_name_plural': 'speeches'},
        ),
        migrations.AlterModelOptions(
            name='statement',
            options={'verbose_name': 'statement', 'verbose_name_plural': 'statements'},
        ),
        migrations.AddField(
            model_name='category',
            name='description_en',
            field=models.TextField(blank=True, null=True, verbose_name='description'),
        ),
        migrations.AddField(
            model_name='category',
            name='description_ru',
            field=models.TextField(blank=True, null=True, verbose_name='description'),
        ),
        migrations.AddField(
            model_name='category',
            name='name_en',
            field=models.CharField(max_length=100, null=True, unique=True, verbose_name='name'),
        ),
        migrations.AddField(
            model_name='category',
            name='name_ru',
            field=models.CharField(max_length=100, null=True, unique=True, verbose_name='name'),
        ),
        migrations.AddField(
            model_name='historicalmessage',
            name='translation_of',
            field=models.ForeignKey(blank=True, db_constraint=False, help_text='The message in the other language that this one translates. Each is published on its own; the language switcher and search engines link the two.', null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='press.message', verbose_name='translation of'),
        ),
        migrations.AddField(
            model_name='message',
            name='translation_of',
            field=models.OneToOneField(blank=True, help_text='The message in the other language that this one translates. Each is published on its own; the language switcher and search engines link the two.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='translated_as', to='press.message', verbose_name='translation of'),
        ),
        migrations.AddField(
            model_name='person',
            name='name_en',
            field=models.CharField(max_length=200, null=True, verbose_name='name'),
        ),
        migrations.AddField(
            model_name='person',
            name='name_ru',
            field=models.CharField(max_length=200, null=True, verbose_name='name'),
        ),
        migrations.AddField(
            model_name='person',
            name='position_en',
            field=models.CharField(blank=True, help_text='e.g. Foreign Minister', max_length=200, null=True, verbose_name='position'),
        ),
        migrations.AddField(
            model_name='person',
            name='position_ru',
            field=models.CharField(blank=True, help_text='e.g. Foreign Minister', max_length=200, null=True, verbose_name='position'),
        ),
        migrations.AlterField(
            model_name='attachment',
            name='kind',
            field=models.CharField(choices=[('pdf', 'PDF'), ('odt', 'OpenDocument text'), ('docx', 'Word document')], editable=False, max_length=10, verbose_name='kind'),
        ),
        migrations.AlterField(
            model_name='attachment',
            name='size',
            field=models.PositiveBigIntegerField(default=0, editable=False, verbose_name='size'),
        ),
        migrations.AlterField(
            model_name='category',
            name='description',
            field=models.TextField(blank=True, verbose_name='description'),
        ),
        migrations.AlterField(
            model_name='category',
            name='name',
            field=models.CharField(max_length=100, unique=True, verbose_name='name'),
        ),
        migrations.AlterField(
            model_name='category',
            name='order',
            field=models.PositiveIntegerField(default=0, help_text='Lower numbers come first.', verbose_name='order'),
        ),
        migrations.AlterField(
            model_name='category',
            name='slug',
            field=models.SlugField(help_text="Part of the category's address, the same in both languages.", max_length=100, unique=True, verbose_name='slug'),
        ),
        migrations.AlterField(
            model_name='historicalmessage',
            name='body',
            field=models.TextField(blank=True, help_text='Markdown.', validators=[press.models.messages.validate_body_length], verbose_name='body'),
        ),
        migrations.AlterField(
            model_name='historicalmessage',
            name='created_at',
            field=models.DateTimeField(blank=True, editable=False, verbose_name='created at'),
        ),
        migrations.AlterField(
            model_name='historicalmessage',
            name='created_by',
            field=models.ForeignKey(blank=True, db_constraint=False, editable=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='created by'),
        ),
        migrations.AlterField(
            model_name='historicalmessage',
            name='deleted_at',
            field=models.DateTimeField(blank=True, editable=False, null=True, verbose_name='deleted at'),
        ),
        migrations.AlterField(
            model_name='historicalmessage',
            name='featured',
            field=models.BooleanField(default=False, help_text='Shown in full at the top of the home page.', verbose_name='featured'),
        ),
        migrations.AlterField(
            model_name='historicalmessage',
            name='kind',
            field=models.CharField(choices=[('statement', 'Statement'), ('comment', 'Comment'), ('press_release', 'Press release'), ('interview', 'Interview'), ('speech', 'Speech'), ('briefing', 'Briefing'), ('article', 'Article')], default='statement', max_length=20, verbose_name='kind'),
        ),
        migrations.AlterField(
            model_name='historicalmessage',
            name='language',
            field=models.CharField(choices=[('en', 'English'), ('ru', 'Russian')], default='en', help_text='English messages are on the English site, Russian ones under /ru/.', max_length=10, verbose_name='language'),
        ),
        migrations.AlterField(
            model_name='historicalmessage',
            name='lead',
            field=models.TextField(blank=True, help_text='The paragraph shown under the title in lists.', verbose_name='lead'),
        ),
        migrations.AlterField(
            model_name='historicalmessage',
            name='outlet',
            field=models.CharField(blank=True, help_text='Where an interview or article appeared.', max_length=200, verbose_name='outlet'),
        ),
        migrations.AlterField(
            model_name='historicalmessage',
            name='slug',
            field=models.SlugField(blank=True, help_text="Made from the title when left empty. Part of the message's address.", max_length=200, verbose_name='slug'),
        ),
        migrations.AlterField(
            model_name='historicalmessage',
            name='status',
            field=models.CharField(choices=[('draft', 'Draft'), ('submitted', 'Submitted for review'), ('published', 'Published'), ('withdrawn', 'Withdrawn')], default='draft', max_length=20, verbose_name='status'),
        ),
        migrations.AlterField(
            model_name='historicalmessage',
            name='submitted_by',
            field=models.ForeignKey(blank=True, db_constraint=False, editable=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='submitted by'),
        ),
        migrations.AlterField(
            model_name='historicalmessage',
            name='title',
            field=models.CharField(max_length=300, verbose_name='title'),
        ),
        migrations.AlterField(
            model_name='historicalmessage',
            name='updated_by',
            field=models.ForeignKey(blank=True, db_constraint=False, editable=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='updated by'),
        ),
        migrations.AlterField(
            model_name='historicalmessage',
            name='withdrawal_explanation',
            field=models.TextField(blank=True, help_text="Shown on the message's page under the withdrawal notice.", verbose_name='withdrawal explanation'),
        ),
        migrations.AlterField(
            model_name='historicalmessage',
            name='withdrawn_at',
            field=models.DateTimeField(blank=True, editable=False, null=True, verbose_name='withdrawn at'),
        ),
        migrations.AlterField(
            model_name='message',
            name='body',
            field=models.TextField(blank=True, help_text='Markdown.', validators=[press.models.messages.validate_body_length], verbose_name='body'),
        ),
        migrations.AlterField(
            model_name='message',
            name='categories',
            field=models.ManyToManyField(blank=True, related_name='messages', to='press.category', verbose_name='categories'),
        ),
        migrations.AlterField(
            model_name='message',
            name='created_at',
            field=models.DateTimeField(auto_now_add=True, verbose_name='created at'),
        ),
        migrations.AlterField(
            model_name='message',
            name='created_by',
            field=models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='created by'),
        ),
        migrations.AlterField(
            model_name='message',
            name='deleted_at',
            field=models.DateTimeField(blank=True, editable=False, null=True, verbose_name='deleted at'),
        ),
        migrations.AlterField(
            model_name='message',
            name='featured',
            field=models.BooleanField(default=False, help_text='Shown in full at the top of the home page.', verbose_name='featured'),
        ),
        migrations.AlterField(
            model_name='message',
            name='kind',
            field=models.CharField(choices=[('statement', 'Statement'), ('comment', 'Comment'), ('press_release', 'Press release'), ('interview', 'Interview'), ('speech', 'Speech'), ('briefing', 'Briefing'), ('article', 'Article')], default='statement', max_length=20, verbose_name='kind'),
        ),
        migrations.AlterField(
            model_name='message',
            name='language',
            field=models.CharField(choices=[('en', 'English'), ('ru', 'Russian')], default='en', help_text='English messages are on the English site, Russian ones under /ru/.', max_length=10, verbose_name='language'),
        ),
        migrations.AlterField(
            model_name='message',
            name='lead',
            field=models.TextField(blank=True, help_text='The paragraph shown under the title in lists.', verbose_name='lead'),
        ),
        migrations.AlterField(
            model_name='message',
            name='outlet',
            field=models.CharField(blank=True, help_text='Where an interview or article appeared.', max_length=200, verbose_name='outlet'),
        ),
        migrations.AlterField(
            model_name='message',
            name='people',
            field=models.ManyToManyField(blank=True, help_text='Speakers and interviewees.', related_name='messages', to='press.person', verbose_name='people'),
        ),
        migrations.AlterField(
            model_name='message',
            name='slug',
            field=models.SlugField(blank=True, help_text="Made from the title when left empty. Part of the message's address.", max_length=200, unique=True, verbose_name='slug'),
        ),
        migrations.AlterField(
            model_name='message',
            name='status',
            field=models.CharField(choices=[('draft', 'Draft'), ('submitted', 'Submitted for review'), ('published', 'Published'), ('withdrawn', 'Withdrawn')], default='draft', max_length=20, verbose_name='status'),
        ),
        migrations.AlterField(
            model_name='message',
            name='submitted_by',
            field=models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='submitted by'),
        ),
        migrations.AlterField(
            model_name='message',
            name='title',
            field=models.CharField(max_length=300, verbose_name='title'),
        ),
        migrations.AlterField(
            model_name='message',
            name='updated_at',
            field=models.DateTimeField(auto_now=True, verbose_name='updated at'),
        ),
        migrations.AlterField(
            model_name='message',
            name='updated_by',
            field=models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='updated by'),
        ),
        migrations.AlterField(
            model_name='message',
            name='withdrawal_explanation',
            field=models.TextField(blank=True, help_text="Shown on the message's page under the withdrawal notice.", verbose_name='withdrawal explanation'),
        ),
        migrations.AlterField(
            model_name='message',
            name='withdrawn_at',
            field=models.DateTimeField(blank=True, editable=False, null=True, verbose_name='withdrawn at'),
        ),
        migrations.AlterField(
            model_name='messageevent',
            name='action',
            field=models.CharField(choices=[('created', 'Created'), ('submitted', 'Submitted for review'), ('returned_to_draft', 'Returned to draft'), ('published', 'Published'), ('scheduled', 'Scheduled'), ('force_published', 'Force-published without a second review'), ('withdrawn', 'Withdrawn'), ('deleted', 'Moved to the recycle bin'), ('restored', 'Restored from the recycle bin as a draft'), ('revision_restored', 'Earlier revision restored as a draft'), ('preview_link', 'New share-preview link (earlier links revoked)'), ('change_note', 'Major change'), ('remark', 'Editorial remark'), ('text_changed', 'Text changed')], max_length=20, verbose_name='action'),
        ),
        migrations.AlterField(
            model_name='messageevent',
            name='at',
            field=models.DateTimeField(verbose_name='at'),
        ),
        migrations.AlterField(
            model_name='messageevent',
            name='message',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='events', to='press.message', verbose_name='message'),
        ),
        migrations.AlterField(
            model_name='messageevent',
            name='note',
            field=models.TextField(blank=True, max_length=1000, verbose_name='note'),
        ),
        migrations.AlterField(
            model_name='messageevent',
            name='user',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='user'),
        ),
        migrations.AlterField(
            model_name='person',
            name='name',
            field=models.CharField(max_length=200, verbose_name='name'),
        ),
        migrations.AlterField(
            model_name='person',
            name='position',
            field=models.CharField(blank=True, help_text='e.g. Foreign Minister', max_length=200, verbose_name='position'),
        ),
        migrations.AlterField(
            model_name='person',
            name='slug',
            field=models.SlugField(max_length=200, unique=True, verbose_name='slug'),
        ),
        migrations.RunPython(copy_names_into_english, migrations.RunPython.noop),
    ]
