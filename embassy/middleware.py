from django.utils import timezone

from .site_settings import SiteSettings


class HomeTimeZoneMiddleware:
    """Show every date in the mission's home zone (storage stays UTC).

    Activating the zone per request means templates, `localtime()` and message URLs all agree
    on the date: a statement published at 23:30 London time in winter is dated the next day,
    as it is in Moscow.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        site_settings = SiteSettings.load()
        request.site_settings = site_settings
        timezone.activate(site_settings.home_zone)
        try:
            return self.get_response(request)
        finally:
            timezone.deactivate()
