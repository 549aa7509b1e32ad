from .pagination import PAGE_PARAMETERS


class FeedLinksMixin:
    """Offers the feeds of what a list page shows: its filters, without the paging.

    The page's template includes press/includes/feed_links.html, which reads `feed_query`.
    """

    def feed_filters(self):
        filters = self.request.GET.copy()
        for name in PAGE_PARAMETERS:
            filters.pop(name, None)
        return filters

    def get_context_data(self, **kwargs):
        return super().get_context_data(feed_query=self.feed_filters().urlencode(), **kwargs)
