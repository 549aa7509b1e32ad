from django.urls import include, path

from . import views

app_name = "press"

urlpatterns = [
    path(
        "messages/<int:year>/<str:month>/<str:day>/<slug:slug>/",
        views.MessageDetailView.as_view(),
        name="message-detail",
    ),
    path("messages/", include("press.preview")),
]
