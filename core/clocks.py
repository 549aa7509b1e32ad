"""The header's clocks: a label and an IANA zone each, shown in order."""

import zoneinfo

from django.db import models
from django.utils.translation import gettext_lazy as _

from .cached_rows import CachedRows
from .languages import SavesNamesInEnglish
from .text import CleanCharField
from .timekeeping import time_zone_field


class Clock(SavesNamesInEnglish, models.Model):
    label = CleanCharField(
        _("label"), max_length=50, unique=True, help_text=_("Shown before the time, e.g. Moscow.")
    )
    time_zone = time_zone_field(
        _("time zone"),
        help_text=_("The IANA time zone the clock shows, e.g. Europe/London."),
    )
    order = models.PositiveIntegerField(
        _("order"), default=0, help_text=_("Lower numbers come first.")
    )
    is_active = models.BooleanField(_("shown in the header"), default=True)

    class Meta:
        ordering = ["order", "label"]
        verbose_name = _("clock")
        verbose_name_plural = _("clocks")

    def __str__(self):
        return f"{self.label} ({self.time_zone})"

    @property
    def zone(self):
        return zoneinfo.ZoneInfo(self.time_zone)

    def reading(self, instant):
        """`instant` (aware) as this clock shows it."""
        return instant.astimezone(self.zone)


def _load_active():
    return list(Clock.objects.filter(is_active=True).only("label", "time_zone"))


ACTIVE = CachedRows("core:active-clocks", _load_active)


def active_clocks():
    """The clocks shown in the header, in order (one query, none when cached)."""
    return ACTIVE.get()


def clock_zones():
    """The zones of the header's clocks, in order: the zones staff compare times in."""
    return [clock.zone for clock in active_clocks()]
