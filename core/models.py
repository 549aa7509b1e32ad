from .clocks import Clock
from .site_settings import SiteSettings

__all__ = ["Clock", "SiteSettings"]
