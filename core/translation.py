"""Which of the ground floor's texts staff write in both languages (django-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from .clocks import Clock
from .site_settings import SiteSettings


@register(SiteSettings)
class SiteSettingsTranslation(TranslationOptions):
    fields = ["site_name"]


@register(Clock)
class ClockTranslation(TranslationOptions):
    fields = ["label"]
    # A clock with no Russian label yet stores none (NULL), so that several such clocks do not
    # share one empty, "unique" label; it reads in English meanwhile.
    empty_values = None
