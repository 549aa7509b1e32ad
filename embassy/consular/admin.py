"""The consular section's admin: an office's hours, closures and contacts on its own page."""

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import (
    TranslationAdmin,
    TranslationStackedInline,
    TranslationTabularInline,
)

from .models import Closure, ConsularOffice, ConsularService, OpeningHours, Region, ServiceContact


class OpeningHoursFormSet(forms.BaseInlineFormSet):
    """Two ranges on the same day must not overlap: each row alone cannot see the others."""

    def clean(self):
        super().clean()
        by_day = {}
        for form in self.forms:
            data = getattr(form, "cleaned_data", None)
            if not data or data.get("DELETE") or form.errors:
                continue
            by_day.setdefault(data["weekday"], []).append((data["opens"], data["closes"]))
        problems = []
        for weekday, ranges in sorted(by_day.items()):
            ranges.sort()
            for (opens, closes), (next_opens, next_closes) in zip(ranges, ranges[1:], strict=False):
                if next_opens < closes:
                    problems.append(gettext(
                        "On %(day)s, %(range)s overlaps %(next)s. Ranges on the same day must "
                        "not overlap."
                    ) % {
                        "day": OpeningHours.Weekday(weekday).label,
                        "range": f"{opens:%H:%M}–{closes:%H:%M}",
                        "next": f"{next_opens:%H:%M}–{next_closes:%H:%M}",
                    })
        if problems:
            raise ValidationError(problems)


class OpeningHoursInline(admin.TabularInline):
    model = OpeningHours
    formset = OpeningHoursFormSet
    extra = 0
    # Staff read the heading: the hours are the office's own clock, whatever their zone.
    verbose_name_plural = _(
        "opening hours, in the office's local wall-clock time (its time zone, under Contact)"
    )


class ClosureFormSet(forms.BaseInlineFormSet):
    def get_unique_error_message(self, unique_check):
        # Two rows with one date: the model's own words, not Django's generic "duplicate data".
        if set(unique_check) == {"office", "date"}:
            return Closure._meta.constraints[0].violation_error_message
        return super().get_unique_error_message(unique_check)


# Names, places, reasons and notes are written in both languages: modeltranslation's admin
# classes show a field per language.


class ClosureInline(TranslationTabularInline):
    model = Closure
    formset = ClosureFormSet
    extra = 0


class ServiceContactInline(TranslationStackedInline):
    model = ServiceContact
    extra = 0
    autocomplete_fields = ["service"]


@admin.register(ConsularOffice)
class ConsularOfficeAdmin(TranslationAdmin):
    list_display = ["name", "kind", "city", "phone", "time_zone", "order", "is_active"]
    list_editable = ["order", "is_active"]
    list_filter = ["kind", "is_active"]
    search_fields = ["name_en", "name_ru", "city_en", "city_ru"]
    prepopulated_fields = {"slug": ["name_en"]}
    fieldsets = [
        (None, {"fields": ["name", "slug", "kind", "order", "is_active"]}),
        (_("Address"), {"fields": ["address_lines", "city", "postcode", "country"]}),
        (_("Contact"), {"fields": ["phone", "email", "appointments_url", "time_zone"]}),
    ]
    inlines = [OpeningHoursInline, ClosureInline, ServiceContactInline]
    # A bare "appointments.example.org" means the secure site (Django 6's default, today).
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


@admin.register(ConsularService)
class ConsularServiceAdmin(TranslationAdmin):
    list_display = ["name", "is_emergency", "order"]
    list_editable = ["order"]
    search_fields = ["name_en", "name_ru"]
    prepopulated_fields = {"slug": ["name_en"]}


class RegionForm(forms.ModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Only an office the public can see can serve a region.
        self.fields["office"].queryset = ConsularOffice.objects.filter(is_active=True)

    class Meta:
        model = Region
        fields = ["name", "slug", "office", "order"]
        error_messages = {
            "office": {
                "required": _(
                    "Choose the office that serves this region: every region needs one."
                )
            }
        }


@admin.register(Region)
class RegionAdmin(TranslationAdmin):
    form = RegionForm
    list_display = ["name", "office", "order"]
    list_editable = ["order"]
    list_select_related = ["office"]
    prepopulated_fields = {"slug": ["name_en"]}
