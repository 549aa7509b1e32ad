"""The header and the footer of every page, rendered together once a minute and kept.

Rendering them with Django's templates cost about 2 ms of every uncached page. What they show
is content (clocks, counters, the consular line, the site's name: a save of any of them moves
the content version), in the page's language (`content_version.recall` keys by both), and,
in the header, the time: the clocks' minute, and the date and counters, which only change at
a minute's turn. So both are kept for the minute they were rendered in, filed under it, and
read in one round trip; the footer, which shows no time, is simply rendered with the header.
"""

from django.template.loader import render_to_string
from django.utils import timezone

from core import content_version
from core.freshness import fresh_until
from core.site_settings import SiteSettings
from core.timekeeping import home_date, home_zone, next_midnight

from .header import build_header

HEADER_TEMPLATE = "embassy/header.html"
FOOTER_TEMPLATE = "includes/site_footer.html"


def page_chrome(request):
    """(the header's HTML, the footer's HTML) for this request, read once for both."""
    if not hasattr(request, "page_chrome"):
        request.page_chrome = _kept_chrome(request)
    return request.page_chrome


def _kept_chrome(request):
    now = timezone.now()
    minute = now.replace(second=0, microsecond=0)
    # What building the header records (build_header), recorded on a kept one too: the page
    # stops being true at the home zone's next midnight.
    fresh_until(request, next_midnight(home_date(now), home_zone()))

    def render():
        # Built at the minute it is filed under, so that it never shows the next one's time.
        header = build_header(request, minute)
        return (
            render_to_string(HEADER_TEMPLATE, {"header": header}),
            render_to_string(
                FOOTER_TEMPLATE, {"header": header, "site_settings": SiteSettings.load()}
            ),
        )

    seconds_left = 60 - now.second
    return content_version.recall(
        f"chrome:{minute:%Y%m%d%H%M}", render, timeout=lambda html: seconds_left
    )
