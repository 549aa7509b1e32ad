from django.urls import path

from . import views

app_name = "consular"

urlpatterns = [
    path("", views.lookup, name="office-lookup"),
    path("<slug:slug>/", views.office_detail, name="office-detail"),
]
