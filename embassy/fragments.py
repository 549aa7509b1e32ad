"""The header and the footer of every page, each rendered once and kept while it stays true.

Rendering them with Django's templates cost about 2 ms of every uncached page. What they show
is content (clocks, counters, the consular line, the site's name: a save of any of them moves
the content version), in the page's language (`content_version.remember` keys by both), and,
for the header, the time: the clocks' minute, and the date and counters, which only change at
a minute's turn. So the header is kept for the minute it was rendered in and filed under it;
the footer shows no time and is kept for the content version.
"""

from django.template.loader import render_to_string
from django.utils import timezone

from core import content_version
from core.freshness import fresh_until
from core.timekeeping import home_date, home_zone, next_midnight

from .header import build_header

HEADER_TEMPLATE = "embassy/header.html"
FOOTER_TEMPLATE = "includes/site_footer.html"


def header_html(request):
    now = timezone.now()
    minute = now.replace(second=0, microsecond=0)
    # What building the header records (build_header), recorded on a kept one too: the page
    # stops being true at the home zone's next midnight.
    fresh_until(request, next_midnight(home_date(now), home_zone()))

    def render():
        # Built at the minute it is filed under, so that it never shows the next one's time.
        return render_to_string(HEADER_TEMPLATE, {"header": build_header(request, minute)})

    seconds_left = 60 - now.second
    return content_version.remember(
        f"header:{minute:%Y%m%d%H%M}", render, timeout=lambda html: seconds_left
    )


def footer_html(header, site_settings):
    """`header` and `site_settings`: the page's lazy ones, read only when not kept."""
    return content_version.remember(
        "footer",
        lambda: render_to_string(
            FOOTER_TEMPLATE, {"header": header, "site_settings": site_settings}
        ),
    )
