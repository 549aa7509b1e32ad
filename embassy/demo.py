"""The demo site settings: the embassy's name and the reference page's consular phone."""

from .site_settings import SiteSettings


def load():
    settings = SiteSettings.load()
    if settings.consular_phone:
        return 0  # Already set up (or set by staff): leave it alone.
    settings.consular_phone = "+44 (0) 203 668 7474"
    settings.save()
    return 1
