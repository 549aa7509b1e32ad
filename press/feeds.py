"""RSS, Atom and JSON feeds of the archive: the 50 newest messages, with /messages/'s filters.

One base class holds what every feed shares (the filtered items and the item fields); each
format is a subclass that names its generator (the shape of Simon Willison's blog's feeds).
"""

import io
from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.db.models import QuerySet
from django.http import HttpResponseBadRequest
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import escape
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.languages import current_language
from core.site_settings import SiteSettings
from core.text import without_control_characters

from . import selectors
from .feed_entries import feed_entries
from .filters import MessageFilter
from .jsonfeed import JSONFeed

FEED_SIZE = 50


class InvalidFilters(Exception):
    """A feed was asked for with filters that do not validate; the message says which."""


@dataclass
class FeedRequest:
    messages: QuerySet
    query: str
    full_path: str
    site_name: str


class MessageFeed(Feed):
    description = gettext_lazy("The newest statements, comments, press releases and interviews.")

    def __call__(self, request, *args, **kwargs):
        try:
            return super().__call__(request, *args, **kwargs)
        except InvalidFilters as invalid:
            # A feed reader shows no page, so the reasons go in a plain-text body.
            return HttpResponseBadRequest(str(invalid), content_type="text/plain; charset=utf-8")

    def get_object(self, request, *args, **kwargs):
        language = current_language()
        filters = MessageFilter(request.GET or None, queryset=selectors.message_list(language))
        if filters.is_bound and not filters.is_valid():
            raise InvalidFilters(
                _("This feed's filters are not valid.") + f"\n{filters.error_text()}\n"
            )
        return FeedRequest(
            messages=filters.qs,
            query=filters.data.urlencode() if filters.is_bound else "",
            full_path=request.get_full_path(),
            site_name=SiteSettings.load().site_name or _("Press office"),
        )

    def title(self, feed):
        return _("%(site)s: messages") % {"site": feed.site_name}

    def author_name(self, feed):
        # Atom requires an author for the feed; the press office speaks for the embassy.
        return feed.site_name

    def link(self, feed):
        archive = reverse("press:message-list")
        return f"{archive}?{feed.query}" if feed.query else archive

    def feed_url(self, feed):
        return feed.full_path

    # Whether an item carries the message's rendered body (the JSON Feed's content_html).
    with_body = False

    def items(self, feed):
        # Kept entries (feed_entries.py), not messages: each item's fields are plain values.
        return feed_entries(feed.messages, FEED_SIZE, with_body=self.with_body)

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


def _cleaned(value):
    if isinstance(value, str):
        return without_control_characters(value)
    if isinstance(value, list | tuple):
        return [_cleaned(each) for each in value]
    return value


class WithoutControlCharacters:
    """A feed generator that writes no control character, whatever the rows hold.

    The model fields already store text without them (core/text.py); this is the second line
    of defence, because one such character anywhere makes the XML writer fail, and the feed
    with it: a row written around the model (a raw UPDATE) must not take the feeds down.
    """

    def write(self, outfile, encoding):
        self.feed = {name: _cleaned(value) for name, value in self.feed.items()}
        self.items = [
            {name: _cleaned(value) for name, value in item.items()} for item in self.items
        ]
        super().write(outfile, encoding)


class WrittenAtOnce:
    """A feed generator that writes its document into the response in one piece.

    The XML generators write each tag and text on its own, and each such write into a
    response is encoded and stored on its own: 1,500 of them for a feed of fifty, a sixth of
    its time. Into a string first, they cost next to nothing.
    """

    def write(self, outfile, encoding):
        document = io.StringIO()
        super().write(document, encoding)
        outfile.write(document.getvalue())


class RssWriter(WrittenAtOnce, WithoutControlCharacters, Rss201rev2Feed):
    pass


class AtomWriter(WrittenAtOnce, WithoutControlCharacters, Atom1Feed):
    pass


class JsonWriter(WithoutControlCharacters, JSONFeed):
    pass


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
