"""Categories and people: the lists messages are filed under, named in both languages."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from core.languages import SavesNamesInEnglish
from core.text import CleanCharField, CleanTextField


class Category(SavesNamesInEnglish, models.Model):
    name = CleanCharField(_("name"), max_length=100, unique=True)
    slug = models.SlugField(
        _("slug"), max_length=100, unique=True,
        help_text=_("Part of the category's address, the same in both languages."),
    )
    description = CleanTextField(_("description"), blank=True)
    order = models.PositiveIntegerField(
        _("order"), default=0, help_text=_("Lower numbers come first.")
    )

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("category")
        verbose_name_plural = _("categories")

    def __str__(self):
        return self.name


class Person(SavesNamesInEnglish, models.Model):
    name = CleanCharField(_("name"), max_length=200)
    position = CleanCharField(
        _("position"), max_length=200, blank=True, help_text=_("e.g. Foreign Minister")
    )
    slug = models.SlugField(_("slug"), max_length=200, unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def __str__(self):
        return f"{self.name}, {self.position}" if self.position else self.name
