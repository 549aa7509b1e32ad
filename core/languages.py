"""The site's two languages: which one a request is in, the other one, and the glue for texts
staff write in both (django-modeltranslation).

English lives at the site's own addresses and Russian under /ru/ (`i18n_patterns` with
`prefix_default_language=False`, in embassy/urls.py). A page's language is read from its
address alone: Django's LocaleMiddleware would also read the browser's Accept-Language header
and mark every English page `Vary: Accept-Language`, which would file one English page under
as many cache keys as there are browsers' language lists, for no difference in the page.
"""

from django.conf import settings
from django.db.models import F
from django.utils import translation
from django.utils.safestring import SafeData, mark_safe
from django.utils.translation import trans_real
from modeltranslation.utils import build_localized_fieldname


def site_languages():
    """The codes of the site's languages, the default (English) first."""
    return [code for code, _name in settings.LANGUAGES]


def other_language(language):
    """The site's other language: "ru" for "en" and "en" for "ru"."""
    return next(code for code in site_languages() if code != language)


def current_language():
    """The language of the request being answered (or of the command running): "en" or "ru"."""
    language = translation.get_language()
    return language if language in site_languages() else settings.LANGUAGE_CODE


def active_gettext():
    """gettext and ngettext of the language active now, as Django's, for a template's texts.

    Django's own find the active translation on every call, in an asgiref `Local`: about
    15,000 CPU instructions a lookup (two AttributeErrors raised and caught inside it), many
    times what looking up the text costs. A template is rendered in one language, so its
    render finds the translation once and its dozens of texts use it (the Jinja2 templates'
    `{% trans %}`, embassy/context_processors.py).
    """
    catalogue = trans_real.catalog()

    def gettext(message):
        # Django's gettext, with the translation found once.
        text = message.replace("\r\n", "\n").replace("\r", "\n")
        result = catalogue.gettext(text) if text else type(message)("")
        return mark_safe(result) if isinstance(message, SafeData) else result

    return gettext, catalogue.ngettext


def in_every_language(field):
    """"name" → ["name_en", "name_ru"]: the columns of a field staff write in both languages."""
    return [build_localized_fieldname(field, language) for language in site_languages()]


def local_name(language):
    """The language's name in itself: "English", "Русский" (for a link to it)."""
    return translation.get_language_info(language)["name_local"]


def language_name(language):
    """The language's name in the active language: "Russian", or "Русский" in Russian."""
    return translation.get_language_info(language)["name_translated"]


class LanguageFromPathMiddleware:
    """Answers each request in the language its address names (/ru/…), else in English."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
        # Django's page cache files a page under this language (its cache key suffix).
        request.LANGUAGE_CODE = language
        # The language is active while the request is answered, and no longer: a test or a
        # worker thread that goes on afterwards is back in the default language.
        with translation.override(language):
            response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        return response


class SavesNamesInEnglish:
    """For a model whose names staff write in both languages (django-modeltranslation).

    Beside a column per language, each translated field keeps its original column, which
    Django fills from the field as the active language reads it. Saving in the default
    language fills it with the English name whatever page the save came from, so that the
    original column, and a uniqueness rule on it, always mean the English name.
    """

    def save(self, *args, **kwargs):
        with translation.override(settings.LANGUAGE_CODE):
            super().save(*args, **kwargs)


def copy_into_english_columns(apps, columns):
    """For the migrations that add a column per language: the texts written so far are English.

    `columns`: (app label, model name, [translated fields]). Each field's original column is
    copied into its English one.
    """
    for app_label, model_name, fields in columns:
        model = apps.get_model(app_label, model_name)
        model.objects.update(**{f"{field}_en": F(field) for field in fields})
