"""Categories and people: the lists messages are filed under."""

from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from ..models import Category, Person

# Names are written in both languages (a field for each: "name [en]", "name [ru]"); the slug,
# part of the address in both languages, is made from the English name.


@admin.register(Category)
class CategoryAdmin(TranslationAdmin):
    list_display = ["name", "slug", "order"]
    list_editable = ["order"]
    search_fields = ["name_en", "name_ru", "description_en", "description_ru"]
    prepopulated_fields = {"slug": ["name_en"]}


@admin.register(Person)
class PersonAdmin(TranslationAdmin):
    list_display = ["name", "position"]
    search_fields = ["name_en", "name_ru", "position_en", "position_ru"]
    prepopulated_fields = {"slug": ["name_en"]}
