"""SiteSettings: the one row of settings that staff edit in the admin."""

import zoneinfo

from django.core.cache import cache
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from .timezones import time_zone_field

CACHE_KEY = "embassy:site-settings"
# A per-process cache (local memory under several workers) cannot hear another worker's save;
# the timeout bounds how long its copy can be stale.
CACHE_SECONDS = 300


class SiteSettings(models.Model):
    site_name = models.CharField(max_length=200, default="Embassy of the Russian Federation")
    consular_phone = models.CharField(max_length=50, blank=True, default="")
    consular_email = models.EmailField(blank=True, default="")
    home_time_zone = time_zone_field(
        default="Europe/Moscow",
        help_text="The header date, the counters and every date on the site follow this zone.",
    )
    home_latest_count = models.PositiveSmallIntegerField(
        "latest messages on the home page",
        default=10,
        validators=[MinValueValidator(1), MaxValueValidator(50)],
    )

    class Meta:
        verbose_name = "site settings"
        verbose_name_plural = "site settings"

    def __str__(self):
        return "Site settings"

    def save(self, *args, **kwargs):
        # One row only: whatever the admin posts, it is row 1.
        self.pk = 1
        super().save(*args, **kwargs)
        cache.delete(CACHE_KEY)

    def delete(self, *args, **kwargs):
        # The row must always exist; deleting it is refused silently.
        return 0, {}

    @property
    def home_zone(self):
        return zoneinfo.ZoneInfo(self.home_time_zone)

    @classmethod
    def load(cls):
        """The settings row, cached so that a page costs no query for it."""
        settings = cache.get(CACHE_KEY)
        if settings is None:
            settings, _ = cls.objects.get_or_create(pk=1)
            cache.set(CACHE_KEY, settings, timeout=CACHE_SECONDS)
        return settings
