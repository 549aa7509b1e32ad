from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path
from django.views.decorators.http import require_safe

from core.freshness import public_page

from . import sitemaps, views

# Addresses with no language: one resource for both (the sitemap lists both languages' pages).
urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", views.robots_txt, name="robots-txt"),
    # Browsers ask for /favicon.ico on every page that names none (the admin's).
    path("favicon.ico", views.favicon, name="favicon"),
    path("sitemap.xml", require_safe(public_page(sitemaps.index)), name="sitemap"),
    path(
        "sitemap-<slug:section>.xml",
        require_safe(public_page(sitemaps.section)),
        name="sitemap-section",
    ),
]

# Pages in a language: English at these addresses, Russian under /ru/. Any other prefix
# (/en/, /de/) matches nothing: a 404.
urlpatterns += i18n_patterns(
    path("", views.home, name="home"),
    path("accessibility/", views.accessibility, name="accessibility"),
    path("privacy/", views.privacy, name="privacy"),
    path("", include("press.urls")),
    path("consular/", include("embassy.consular.urls")),
    path("admin/", admin.site.urls),
    prefix_default_language=False,
)
# Uploaded files in development; in production the web server (or S3) serves MEDIA_URL
# (README: "Uploaded files"). static() adds nothing when DEBUG is off.
urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
