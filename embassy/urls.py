from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path
from django.views.decorators.http import require_safe

from core.freshness import public_page

from . import sitemaps, views

urlpatterns = [
    path("", views.home, name="home"),
    path("accessibility/", views.accessibility, name="accessibility"),
    path("privacy/", views.privacy, name="privacy"),
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
    path("", include("press.urls")),
    path("consular/", include("embassy.consular.urls")),
    path("admin/", admin.site.urls),
]
# Uploaded files in development; in production the web server (or S3) serves MEDIA_URL
# (README: "Uploaded files"). static() adds nothing when DEBUG is off.
urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
