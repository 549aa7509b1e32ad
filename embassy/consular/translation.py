"""The consular texts staff write in both languages (django-modeltranslation): offices' names
and places, services, regions, closures and notes on hours. Street addresses are written once
(the English is shown where there is no Russian)."""

from modeltranslation.translator import TranslationOptions, register

from .models import Closure, ConsularOffice, ConsularService, Region, ServiceContact


@register(ConsularOffice)
class ConsularOfficeTranslation(TranslationOptions):
    fields = ["name", "address_lines", "city", "country"]


@register(ConsularService)
class ConsularServiceTranslation(TranslationOptions):
    fields = ["name", "description"]


@register(Region)
class RegionTranslation(TranslationOptions):
    fields = ["name"]


@register(Closure)
class ClosureTranslation(TranslationOptions):
    fields = ["reason"]


@register(ServiceContact)
class ServiceContactTranslation(TranslationOptions):
    fields = ["hours_note"]
