from django.http import HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_safe
from django.views.generic import TemplateView

from core.freshness import public_page
from core.languages import current_language, site_languages
from core.site_settings import SiteSettings
from press import selectors as press
from press.summaries import Listing


@require_safe
@public_page
def home(request):
    language = current_language()
    site_settings = SiteSettings.load()
    featured, featured_people, latest_ids = press.home_messages(
        site_settings.home_latest_count, language
    )
    # The row just read stands in for the context processor's, which would read it again.
    context = {
        "featured": featured,
        "featured_people": featured_people,
        "latest": Listing(tuple(latest_ids)),
        "site_settings": site_settings,
    }
    return render(request, "home.html", context)


def site_page(template_name):
    """A page of the site's own text (accessibility, privacy): a template and the header."""
    return require_safe(public_page(TemplateView.as_view(template_name=template_name)))


accessibility = site_page("embassy/pages/accessibility.html")
privacy = site_page("embassy/pages/privacy.html")


@require_safe
def healthz(request):
    """For load balancers: the process answers. It deliberately touches no database."""
    return HttpResponse("ok", content_type="text/plain")


@require_safe
@public_page
def robots_txt(request):
    lines = ["User-agent: *"]
    for language in site_languages():  # /admin/ and /ru/admin/, and so on
        with translation.override(language):
            lines.append(f"Disallow: {reverse('admin:index')}")
            # Share-preview links are for the people they are sent to, never for an index.
            lines.append(f"Disallow: {reverse('press:message-list')}preview/")
    lines.append(f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_safe
def favicon(request):
    # Resolved per request: the hashed name exists only once static files are collected.
    return HttpResponsePermanentRedirect(static("img/favicon.svg"))
