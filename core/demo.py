"""The demo site settings and clocks: the reference page's consular phone, Moscow and London."""

from .clocks import Clock
from .site_settings import SiteSettings

DEMO_CLOCKS = [("Moscow", "Europe/Moscow"), ("London", "Europe/London")]


def load():
    settings = SiteSettings.load()
    if settings.consular_phone:
        return 0  # Already set up (or set by staff): leave it alone.
    settings.consular_phone = "+44 (0) 203 668 7474"
    settings.save()
    return 1


def load_clocks():
    """The two clocks (a migration creates them too; this brings back any deleted since)."""
    created = 0
    for order, (label, time_zone) in enumerate(DEMO_CLOCKS, start=1):
        _, is_new = Clock.objects.get_or_create(
            label=label, defaults={"time_zone": time_zone, "order": order}
        )
        created += is_new
    return created
