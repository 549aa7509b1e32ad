from django.utils.functional import SimpleLazyObject

from .site_settings import SiteSettings


def site_settings(request):
    # Lazy: read (from the cache, once warm) only by a template that shows it.
    return {"site_settings": SimpleLazyObject(SiteSettings.load)}
