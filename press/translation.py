"""Categories' and people's names, written by staff in both languages (django-modeltranslation).

Messages are not translated field by field: each message has one language and may be linked to
its translation, a message of its own (press/translations.py).
"""

from modeltranslation.translator import TranslationOptions, register

from .models import Category, Person


@register(Category)
class CategoryTranslation(TranslationOptions):
    fields = ["name", "description"]
    # Unique names: a category with no Russian name yet stores none (NULL) rather than an
    # empty name that a second such category could not share.
    empty_values = {"name": None}


@register(Person)
class PersonTranslation(TranslationOptions):
    fields = ["name", "position"]
