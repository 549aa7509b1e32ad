"""The counters' texts, written by staff in both languages (django-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from .models import Incident


@register(Incident)
class IncidentTranslation(TranslationOptions):
    fields = ["name", "note"]
