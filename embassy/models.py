from .site_settings import SiteSettings

__all__ = ["SiteSettings"]
