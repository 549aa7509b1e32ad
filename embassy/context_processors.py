from .site_settings import SiteSettings


def site(request):
    site_settings = getattr(request, "site_settings", None) or SiteSettings.load()
    return {"site_settings": site_settings}
