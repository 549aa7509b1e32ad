"""SiteSettings: the one row of settings that staff edit in the admin."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from .cached_rows import CachedRows
from .languages import SavesNamesInEnglish
from .text import CleanCharField


class SiteSettings(SavesNamesInEnglish, models.Model):
    site_name = CleanCharField(
        _("site name"), max_length=200, default="Embassy of the Russian Federation"
    )
    # The header's consular phone is the consular section's own (its ConsularOffice row, in
    # embassy/consular), kept there only: one copy, edited by the consular section.
    consular_email = models.EmailField(
        _("consular email"), blank=True, default="",
        help_text=_("Shown in the header after the consular phone."),
    )
    home_latest_count = models.PositiveSmallIntegerField(
        _("latest messages on the home page"),
        default=10,
        validators=[MinValueValidator(1), MaxValueValidator(50)],
    )

    class Meta:
        verbose_name = _("site settings")
        verbose_name_plural = _("site settings")

    def __str__(self):
        return str(_("Site settings"))

    def save(self, *args, **kwargs):
        # One row only: whatever the admin posts, it is row 1.
        self.pk = 1
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        # The row must always exist; deleting it is refused silently.
        return 0, {}

    @classmethod
    def load(cls):
        """The settings row, cached so that a page costs no query for it."""
        return CACHED.get()


def _load_row():
    return SiteSettings.objects.get_or_create(pk=1)[0]


CACHED = CachedRows("core:site-settings", _load_row)
