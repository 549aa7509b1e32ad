"""/categories/ and each category's page: its description and its messages, newest first."""

from functools import partial

from django.http import Http404, QueryDict
from django.views.generic import ListView

from core.languages import current_language
from core.lazy_querysets import LazyQuerySet

from .. import selectors
from ..list_slices import UnfilteredList
from ..models import Message
from .feed_links import FeedLinksMixin
from .messages import PAGE_SIZE
from .pagination import ArchivePagingMixin


class CategoryListView(ListView):
    template_name = "press/category_list.html"
    context_object_name = "categories"

    def get_queryset(self):
        return selectors.categories_with_counts(current_language())


class CategoryDetailView(ArchivePagingMixin, FeedLinksMixin, ListView):
    paginate_by = PAGE_SIZE
    template_name = "press/category_detail.html"
    context_object_name = "messages"

    def get_queryset(self):
        self.category = selectors.category_at(self.kwargs["slug"])
        if self.category is None:
            raise Http404("No such category.")
        # Built only if used (a count after a change of content): its pages read their ids by
        # compiled SQL (unfiltered_list).
        return LazyQuerySet(
            partial(selectors.message_list, current_language(), category=self.category), Message
        )

    def unfiltered_list(self):
        return UnfilteredList(current_language(), self.category.pk)

    def count_key(self):
        return f"category:{self.category.pk}"

    def feed_filters(self):
        # The category's feeds are the archive's feeds filtered to it.
        filters = QueryDict(mutable=True)
        filters["category"] = self.category.slug
        return filters

    def get_context_data(self, **kwargs):
        return super().get_context_data(category=self.category, **kwargs)
