"""The header's clocks: a label and an IANA zone each, shown in order."""

import zoneinfo

from django.core.cache import cache
from django.db import models
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from .timezones import time_zone_field

CACHE_KEY = "embassy:active-clocks"
# A per-process cache (local memory under several workers) cannot hear another worker's save;
# the timeout bounds how long its copy can be stale.
CACHE_SECONDS = 300


class Clock(models.Model):
    label = models.CharField(
        max_length=50, unique=True, help_text="Shown before the time, e.g. Moscow."
    )
    time_zone = time_zone_field(
        help_text="The IANA time zone the clock shows, e.g. Europe/London.",
    )
    order = models.PositiveIntegerField(default=0, help_text="Lower numbers come first.")
    is_active = models.BooleanField("shown in the header", default=True)

    class Meta:
        ordering = ["order", "label"]

    def __str__(self):
        return f"{self.label} ({self.time_zone})"

    @property
    def zone(self):
        return zoneinfo.ZoneInfo(self.time_zone)

    def reading(self, instant):
        """`instant` (aware) as this clock shows it."""
        return instant.astimezone(self.zone)


def active_clocks():
    """The clocks shown in the header, in order (one query, none when cached)."""
    clocks = cache.get(CACHE_KEY)
    if clocks is None:
        clocks = list(Clock.objects.filter(is_active=True).only("label", "time_zone"))
        cache.set(CACHE_KEY, clocks, CACHE_SECONDS)
    return clocks


@receiver([post_save, post_delete], sender=Clock)
def forget_active_clocks(**kwargs):
    cache.delete(CACHE_KEY)
