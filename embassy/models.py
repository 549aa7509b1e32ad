from .clocks import Clock
from .consular import models as consular_models  # noqa: F401 (registers them)
from .site_settings import SiteSettings

__all__ = ["Clock", "SiteSettings"]
