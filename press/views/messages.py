"""The archive (/messages/, filtered and paged) and a message's own page."""

import hashlib
from functools import partial

from django.http import Http404, HttpResponsePermanentRedirect
from django.urls import reverse
from django.utils import translation
from django.views.generic import DateDetailView
from django.views.generic.dates import _date_from_string
from django_filters.views import FilterView

from core.languages import current_language, other_language
from core.lazy_querysets import LazyQuerySet

from .. import search, selectors
from ..filters import MessageFilter
from ..list_slices import UnfilteredList
from ..models import Message
from ..page_lists import page_lists
from .feed_links import FeedLinksMixin
from .pagination import PAGE_PARAMETERS, ArchivePagingMixin

PAGE_SIZE = 20


class MessageListView(ArchivePagingMixin, FeedLinksMixin, FilterView):
    """Newest first, 20 a page. An invalid filter lists nothing and the form says why."""

    filterset_class = MessageFilter
    paginate_by = PAGE_SIZE
    template_name = "press/message_list.html"
    context_object_name = "messages"

    def get_queryset(self):
        if self.asks_only_for_a_page():
            # Its page comes by compiled SQL (unfiltered_list), its count from what is kept.
            return LazyQuerySet(partial(selectors.message_list, current_language()), Message)
        return selectors.message_list(current_language())

    def get_filterset_kwargs(self, filterset_class):
        kwargs = super().get_filterset_kwargs(filterset_class)
        if self.asks_only_for_a_page():
            # Nothing to filter by: an unbound FilterSet, whose form is neither made nor
            # validated unless its kept HTML is missing (`?page=2` is a page of the whole
            # archive, not a filtered list).
            kwargs["data"] = None
        return kwargs

    def is_filtered(self):
        return self.filterset.is_bound and any(self.feed_filters().values())

    def asks_only_for_a_page(self):
        return not self.request.GET.keys() - set(PAGE_PARAMETERS)

    def unfiltered_list(self):
        # Asked for nothing but a page: the whole archive, whose pages are compiled once.
        return UnfilteredList(current_language()) if self.asks_only_for_a_page() else None

    def count_key(self):
        # The page cache has made the query canonical: one key per set of filters.
        filters = self.feed_filters().urlencode()
        return "archive:" + hashlib.md5(filters.encode(), usedforsecurity=False).hexdigest()

    def search_marks(self):
        # The archive marks the words a search found in each lead (feeds do not), where the
        # database can (PostgreSQL).
        text = self.filterset.searched_for
        return text if text and search.on_postgresql(self.object_list) else ""


class MessageDetailView(DateDetailView):
    """One message at /messages/<yyyy>/<mm>/<dd>/<slug>/; 404 unless it is public or withdrawn.

    The date in the address is the home-zone date: with USE_TZ, DateDetailView looks for
    `published_at` between midnights of the active zone, which the middleware sets.

    A message's address carries its language (/ru/… for Russian). Asked for in the other
    language, as when staff switched its language after it appeared, it redirects to its own
    address: a quoted link never goes dead.
    """

    # Named, so that DateDetailView learns the date field's type from the model.
    model = Message
    date_field = "published_at"
    month_format = "%m"
    context_object_name = "message"
    template_name = "press/message_detail.html"

    def get_object(self, queryset=None):
        # DateDetailView's own reading of the address's date (a 404 when it is no date) and
        # day's range, then the row by its compiled query (selectors.message_page) rather than
        # a queryset built and compiled for each request. No check of a future date: the
        # public gate hides messages whose time has not come (DateDetailView's check compares
        # with the server's date, still yesterday's when the home zone is past midnight).
        day = _date_from_string(
            self.get_year(), self.get_year_format(), self.get_month(), self.get_month_format(),
            self.get_day(), self.get_day_format(),
        )
        try:
            since, until = self._make_single_date_lookup(day).values()
        except OverflowError:
            # 31 December 9999: the day after it, which bounds the day's range, cannot exist.
            raise Http404("No message at that date.") from None
        message = selectors.message_page(since, until, self.kwargs["slug"])
        if message is None:
            raise Http404("No message at that address.")
        return message

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        if self.object.language != current_language():
            return HttpResponsePermanentRedirect(self.object.get_absolute_url())
        return self.render_to_response(self.get_context_data(object=self.object))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["previous_message"], context["next_message"] = selectors.neighbours(self.object)
        context.update(page_lists(self.object))
        context["canonical_url"] = self.request.build_absolute_uri(
            self.object.get_absolute_url()
        )
        context.update(translation_links(self.request, self.object))
        return context


def translation_links(request, message):
    """Where the language switcher leads from a message's page, and its hreflang alternates.

    To the message's public translation if it has one (and search engines learn of the pair),
    else to the other language's archive.
    """
    partner = selectors.translation(message)
    if partner is None:
        with translation.override(other_language(message.language)):
            return {"other_language_url": reverse("press:message-list")}
    return {
        "other_language_url": partner.get_absolute_url(),
        "alternates": [
            (version.language, request.build_absolute_uri(version.get_absolute_url()))
            for version in sorted([message, partner], key=lambda version: version.language)
        ],
    }
