"""The demo site settings and clocks: Moscow and London, with the Russian site name and
clock labels."""

from .clocks import Clock
from .site_settings import SiteSettings

SITE_NAME_RU = "Посольство Российской Федерации"
# (label, Russian label, zone)
DEMO_CLOCKS = [("Moscow", "Москва", "Europe/Moscow"), ("London", "Лондон", "Europe/London")]


def load():
    """The settings row (its defaults are the demo's) with its Russian site name; the consular
    phone is the consular office's (embassy/consular/demo.py)."""
    settings, created = SiteSettings.objects.get_or_create(pk=1)
    if not settings.site_name_ru:
        settings.site_name_ru = SITE_NAME_RU
        settings.save()
    return int(created)


def load_clocks():
    """The two clocks (a migration creates them too; this brings back any deleted since, and
    gives them their Russian labels where they have none)."""
    created = 0
    for order, (label, label_ru, time_zone) in enumerate(DEMO_CLOCKS, start=1):
        clock, is_new = Clock.objects.get_or_create(
            label_en=label, defaults={"label": label, "time_zone": time_zone, "order": order}
        )
        if not clock.label_ru:
            clock.label_ru = label_ru
            clock.save()
        created += is_new
    return created
