"""Categories and people: the lists messages are filed under."""

from django.contrib import admin

from ..models import Category, Person


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "order"]
    list_editable = ["order"]
    search_fields = ["name", "description"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ["name", "position"]
    search_fields = ["name", "position"]
    prepopulated_fields = {"slug": ["name"]}
