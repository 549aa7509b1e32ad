"""Text that any page or feed can carry: no C0 control characters but tab, newline and return.

Text pasted from Word brings invisible control characters (U+000B, its manual line break, is the
commonest). They mean nothing on a web page, and XML 1.0 forbids them: one of them in a title
made Django's feed writer fail, and every RSS and Atom feed answered 500. So every model text
field that reaches a page or a feed is one of the fields below, which store text without them;
a data migration per app cleaned the rows stored before; the feeds strip them once more on the
way out (press/feeds.py), in case a row was written around the model (a raw UPDATE).

Nothing visible is lost: the few characters Word gives a meaning keep it (a line break, a
non-breaking or optional hyphen), the others carry none and are dropped.
"""

import re

from django.db import models

# C0 controls less tab (U+0009), newline (U+000A) and carriage return (U+000D).
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")

# What Word means by the control characters it leaves in copied text.
LINE_BREAKS = {"\x0b", "\x0c"}  # manual line break, page break
WORD_HYPHENS = {"\x1e": "\u2011", "\x1f": "\u00ad"}  # non-breaking hyphen, optional hyphen


def without_control_characters(text, *, single_line=False):
    """`text` less its control characters; Word's line breaks become a newline (a space in a
    single-line field) and its hyphens the Unicode ones."""
    line_break = " " if single_line else "\n"

    def replacement(match):
        character = match.group()
        if character in LINE_BREAKS:
            return line_break
        return WORD_HYPHENS.get(character, "")

    return CONTROL_CHARACTERS.sub(replacement, text)


def has_control_characters(text):
    return bool(CONTROL_CHARACTERS.search(text))


class WithoutControlCharacters:
    """A text field that stores its text without control characters, however it is saved.

    Cleaned in `to_python` (a form's or `full_clean`'s validation: uniqueness is then checked
    on the text as stored) and in `pre_save` (every save and bulk_create, forms or not).
    """

    single_line = True

    def clean_text(self, value):
        if isinstance(value, str):
            return without_control_characters(value, single_line=self.single_line)
        return value

    def to_python(self, value):
        return self.clean_text(super().to_python(value))

    def pre_save(self, model_instance, add):
        value = self.clean_text(super().pre_save(model_instance, add))
        setattr(model_instance, self.attname, value)
        return value

    # Migrations record Django's own field: the column is the same and the cleaning is
    # Python's, so no schema migration is needed, and none breaks if this class moves.
    deconstructs_as = None

    def deconstruct(self):
        name, _path, args, kwargs = super().deconstruct()
        return name, self.deconstructs_as, args, kwargs


class CleanCharField(WithoutControlCharacters, models.CharField):
    deconstructs_as = "django.db.models.CharField"


class CleanTextField(WithoutControlCharacters, models.TextField):
    single_line = False
    deconstructs_as = "django.db.models.TextField"


class CleanURLField(WithoutControlCharacters, models.URLField):
    deconstructs_as = "django.db.models.URLField"


def clean_stored_text(app_label, fields_by_model):
    """A data migration's operation: clean the text stored before these fields cleaned it.

    `fields_by_model` maps a model name of `app_label` to the names of its text fields.
    """
    from django.db import migrations

    def clean(apps, schema_editor):
        for model_name, field_names in fields_by_model.items():
            model = apps.get_model(app_label, model_name)
            clean_stored_rows(model, field_names, using=schema_editor.connection.alias)

    # Nothing to undo: the characters carried nothing, and are not wanted back.
    return migrations.RunPython(clean, migrations.RunPython.noop, elidable=True)


def clean_stored_rows(model, field_names, using="default"):
    """Clean the rows of `model` stored with control characters in `field_names`.

    The database finds them (a regular expression on each field), so the archive is not read
    row by row into Python. Rows are updated in place: no revision, no version bump, because
    the cleaning changes nothing a reader sees.
    """
    from django.db import connections
    from django.db.models import Q

    # PostgreSQL cannot store U+0000 in text, nor take it in a pattern.
    pattern = CONTROL_CHARACTERS.pattern
    if connections[using].vendor == "postgresql":
        pattern = pattern.replace("\x00", "\x01")
    has_controls = Q()
    for name in field_names:
        has_controls |= Q(**{f"{name}__regex": pattern})
    fields = [model._meta.get_field(name) for name in field_names]
    rows = model._default_manager.using(using).filter(has_controls).only("pk", *field_names)
    for row in rows.iterator():
        changes = {
            field.attname: without_control_characters(
                getattr(row, field.attname),
                single_line=field.get_internal_type() != "TextField",
            )
            for field in fields
            if getattr(row, field.attname)
        }
        model._default_manager.using(using).filter(pk=row.pk).update(**changes)
