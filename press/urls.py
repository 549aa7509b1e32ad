from django.urls import include, path
from django.views.decorators.http import require_safe

from core.freshness import public_page

from . import feeds, views
from .filters import FILTER_PARAMETERS, LIST_PARAMETERS
from .views.pagination import PAGE_PARAMETERS

# What each page reads from its query string; the page cache files pages under these alone.
archive_page = public_page(parameters=[*FILTER_PARAMETERS, *PAGE_PARAMETERS],
                           multiple=LIST_PARAMETERS)
feed = public_page(parameters=FILTER_PARAMETERS, multiple=LIST_PARAMETERS)

app_name = "press"

urlpatterns = [
    path("messages/", archive_page(views.MessageListView.as_view()), name="message-list"),
    path(
        "messages/<int:year>/<str:month>/<str:day>/<slug:slug>/",
        public_page(views.MessageDetailView.as_view()),
        name="message-detail",
    ),
    # Feeds are plain callables, not views with a method list: GET and HEAD only.
    path("messages/feed/rss/", require_safe(feed(feeds.RssFeed())), name="feed-rss"),
    path("messages/feed/atom/", require_safe(feed(feeds.AtomFeed())), name="feed-atom"),
    path("messages/feed.json", require_safe(feed(feeds.JsonFeed())), name="feed-json"),
    path("categories/", public_page(views.CategoryListView.as_view()), name="category-list"),
    path(
        "categories/<slug:slug>/",
        public_page(views.CategoryDetailView.as_view(), parameters=PAGE_PARAMETERS),
        name="category-detail",
    ),
    path("messages/", include("press.preview")),
]
