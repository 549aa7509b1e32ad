"""The demo site settings and clocks: Moscow and London."""

from .clocks import Clock
from .site_settings import SiteSettings

DEMO_CLOCKS = [("Moscow", "Europe/Moscow"), ("London", "Europe/London")]


def load():
    """The settings row (its defaults are the demo's); the consular phone is the consular
    office's (embassy/consular/demo.py)."""
    _, created = SiteSettings.objects.get_or_create(pk=1)
    return int(created)


def load_clocks():
    """The two clocks (a migration creates them too; this brings back any deleted since)."""
    created = 0
    for order, (label, time_zone) in enumerate(DEMO_CLOCKS, start=1):
        _, is_new = Clock.objects.get_or_create(
            label=label, defaults={"time_zone": time_zone, "order": order}
        )
        created += is_new
    return created
