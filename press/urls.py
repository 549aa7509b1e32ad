from django.urls import include, path

from . import feeds, views
from .caching import public_page

app_name = "press"

urlpatterns = [
    path("messages/", public_page(views.MessageListView.as_view()), name="message-list"),
    path(
        "messages/<int:year>/<str:month>/<str:day>/<slug:slug>/",
        public_page(views.MessageDetailView.as_view()),
        name="message-detail",
    ),
    path("messages/feed/rss/", public_page(feeds.RssFeed()), name="feed-rss"),
    path("messages/feed/atom/", public_page(feeds.AtomFeed()), name="feed-atom"),
    path("messages/feed.json", public_page(feeds.JsonFeed()), name="feed-json"),
    path("categories/", public_page(views.CategoryListView.as_view()), name="category-list"),
    path(
        "categories/<slug:slug>/",
        public_page(views.CategoryDetailView.as_view()),
        name="category-detail",
    ),
    path("messages/", include("press.preview")),
]
