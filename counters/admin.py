from django.contrib import admin
from django.db.models import Max
from modeltranslation.admin import TranslationAdmin

from .models import Incident


@admin.register(Incident)
class IncidentAdmin(TranslationAdmin):
    """The name and the note are written in both languages (a field for each)."""

    list_display = ["name", "occurred_on", "is_active", "order"]
    list_editable = ["is_active", "order"]
    list_filter = ["is_active"]
    search_fields = ["name_en", "name_ru", "note_en", "note_ru"]
    fields = ["name", "occurred_on", "note", "is_active", "order"]

    def get_changeform_initial_data(self, request):
        # A new incident goes to the end of the header: after the last one, not before all
        # (the header orders by `order`, lowest first).
        initial = super().get_changeform_initial_data(request)
        last = Incident.objects.aggregate(last=Max("order"))["last"]
        initial.setdefault("order", (last or 0) + 1)
        return initial
