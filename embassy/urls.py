from django.contrib import admin
from django.urls import include, path

from . import views

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("", include("press.urls")),
    path("consular/", include("embassy.consular.urls")),
    path("admin/", admin.site.urls),
]
