from django.utils.functional import SimpleLazyObject

from .header import build_header
from .site_settings import SiteSettings


def site(request):
    site_settings = getattr(request, "site_settings", None) or SiteSettings.load()
    return {
        "site_settings": site_settings,
        # Lazy: built (and its queries run, and its midnight freshness bound recorded) only
        # when a template shows the header; the admin's pages never do.
        "header": SimpleLazyObject(lambda: build_header(request, site_settings)),
    }
