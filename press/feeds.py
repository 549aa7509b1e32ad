"""RSS, Atom and JSON feeds of the archive: the 50 newest messages, with /messages/'s filters.

One base class holds what every feed shares (the filtered items and the item fields); each
format is a subclass that names its generator (the shape of Simon Willison's blog's feeds).
"""

from dataclasses import dataclass, field, replace

from django.contrib.syndication.views import Feed
from django.db.models import QuerySet
from django.http import HttpResponseBadRequest
from django.utils.html import escape
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core import content_version
from core.languages import current_language
from core.named_urls import named_url
from core.site_settings import SiteSettings

from . import list_slices, selectors
from .feed_entries import feed_entries
from .feed_writers import AtomWriter, JsonWriter, RssWriter
from .filters import MessageFilter

FEED_SIZE = 50


class InvalidFilters(Exception):
    """A feed was asked for with filters that do not validate; the message says which."""


@dataclass
class FeedRequest:
    # The filtered messages; None for the unfiltered feed, whose ids come by SQL compiled
    # once (`MessageFeed.get_feed`): its queryset, and a FilterSet, are not built at all.
    messages: QuerySet | None
    query: str
    full_path: str
    site_name: str
    # The entries the syndication framework makes items of: none for the feed itself, whose
    # items are kept written (`MessageFeed.get_feed`); those not kept yet, to write them.
    entries: list = field(default_factory=list)


class MessageFeed(Feed):
    description = gettext_lazy("The newest statements, comments, press releases and interviews.")

    def __call__(self, request, *args, **kwargs):
        try:
            return super().__call__(request, *args, **kwargs)
        except InvalidFilters as invalid:
            # A feed reader shows no page, so the reasons go in a plain-text body.
            return HttpResponseBadRequest(str(invalid), content_type="text/plain; charset=utf-8")

    def get_object(self, request, *args, **kwargs):
        messages, query = None, ""
        if request.GET:
            filters = MessageFilter(
                request.GET, queryset=selectors.message_list(current_language())
            )
            if not filters.is_valid():
                raise InvalidFilters(
                    _("This feed's filters are not valid.") + f"\n{filters.error_text()}\n"
                )
            messages, query = filters.qs, filters.data.urlencode()
        return FeedRequest(
            messages=messages,
            query=query,
            full_path=request.get_full_path(),
            site_name=SiteSettings.load().site_name or _("Press office"),
        )

    def title(self, feed):
        return _("%(site)s: messages") % {"site": feed.site_name}

    def author_name(self, feed):
        # Atom requires an author for the feed; the press office speaks for the embassy.
        return feed.site_name

    def link(self, feed):
        archive = named_url("press:message-list")
        return f"{archive}?{feed.query}" if feed.query else archive

    def feed_url(self, feed):
        return feed.full_path

    # Whether an item carries the message's rendered body (the JSON Feed's content_html).
    with_body = False

    def get_feed(self, obj, request):
        """The feed's generator, with its items as kept written (feed_writers.py): each for the
        content version, the format, the language and the address the feed was asked at
        (its links are absolute); written here only for the messages that have none yet."""
        if obj.query:
            ids = list(obj.messages.values_list("pk", flat=True)[:FEED_SIZE])
        else:  # the unfiltered feed's ids, by SQL compiled once
            ids = list_slices.list_ids(current_language(), 0, FEED_SIZE)
        origin = f"{request.scheme}://{request.get_host()}"
        written = content_version.recall_all(
            f"feed-item-{self.feed_type.__name__}", ids, lambda pk: f"{pk}:{origin}",
            lambda missed: self.write_items_for(obj, request, missed),
        )
        generator = super().get_feed(obj, request)
        generator.written_items = [item for item in written if item is not None]
        return generator

    def write_items_for(self, obj, request, ids):
        """The messages' items, written, in the order of `ids`; None for one that is not
        public any more (it left between the two queries)."""
        entries = feed_entries(ids, with_body=self.with_body)
        found = [entry for entry in entries if entry is not None]
        generator = super().get_feed(replace(obj, entries=found), request)
        written = iter([generator.written_item(item) for item in generator.items])
        return [None if entry is None else next(written) for entry in entries]

    def items(self, feed):
        # Kept entries (feed_entries.py), not messages: each item's fields are plain values.
        return feed.entries

    def item_title(self, entry):
        return entry.title

    def item_link(self, entry):
        return entry.path

    def item_description(self, entry):
        # RSS <description> and Atom <summary type="html"> are HTML. The lead is plain text on
        # the site, so it goes out escaped: a reader shows a writer's "<script>" as text.
        return escape(entry.lead)

    def item_pubdate(self, entry):
        return entry.published_at

    def item_updateddate(self, entry):
        return entry.updated_at

    def item_categories(self, entry):
        return list(entry.categories)


class RssFeed(MessageFeed):
    feed_type = RssWriter


class AtomFeed(MessageFeed):
    feed_type = AtomWriter
    subtitle = MessageFeed.description


class JsonFeed(MessageFeed):
    feed_type = JsonWriter
    with_body = True

    def item_description(self, entry):
        # JSON Feed's summary is plain text, as the lead is.
        return entry.lead

    def item_extra_kwargs(self, entry):
        # Sanitised when the message was saved (press/markup.py).
        return {"content_html": entry.body_html, "image": entry.image}
