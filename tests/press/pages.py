"""Helpers for the public-page tests: what a reader sees, where a message lives, a big archive."""

import itertools
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser

from django.utils import timezone

from press.models import Category, Message, Person

# The reference moment: 22:18 in London, already 01:18 on the 25th in Moscow (the home zone).
NOW = datetime(2022, 1, 24, 22, 18, tzinfo=UTC)
HOME_ZONE = "Europe/Moscow"

_numbers = itertools.count(1)


class _TextParser(HTMLParser):
    """The text of a page's body, as a reader sees it (no head, no script, no style)."""

    SKIPPED = {"head", "script", "style"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skipping = [], 0

    def handle_starttag(self, tag, attrs):
        self.skipping += tag in self.SKIPPED

    def handle_endtag(self, tag):
        self.skipping -= tag in self.SKIPPED

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def listed_titles(response):
    """The titles of the messages a list page lists, in its order (its context's `messages`
    holds their ids)."""
    ids = list(response.context["messages"])
    titles = dict(Message.objects.filter(pk__in=ids).values_list("pk", "title"))
    return [titles[pk] for pk in ids]


def page_text(response):
    parser = _TextParser()
    parser.feed(response.content.decode())
    return " ".join(" ".join(parser.parts).split())


def url_of(message):
    """The message's address, dated in the home zone as the site dates it."""
    with timezone.override(HOME_ZONE):
        return message.get_absolute_url()


def make_archive(
    count, categories, people, start=NOW - timedelta(hours=1), featured_every=0, language="en"
):
    """`count` published messages an hour apart going back from `start`, in bulk (fast).

    Kinds rotate; each message is in every one of `categories` and names all of `people`;
    with `featured_every`, every so many is featured. All are in `language`.
    """
    kinds = itertools.cycle(Message.Kind.values)
    messages = Message.objects.bulk_create(
        Message(
            kind=next(kinds),
            title=f"Archived message {number}",
            slug=f"archived-message-{number}",
            lead=f"The lead of archived message {number}.",
            body=f"The body of archived message {number}.",
            body_html=f"<p>The body of archived message {number}.</p>",
            status=Message.Status.PUBLISHED,
            published_at=start - timedelta(hours=index),
            featured=bool(featured_every) and index % featured_every == 0,
            language=language,
        )
        for index, number in enumerate(itertools.islice(_numbers, count))
    )
    link(messages, categories, people)
    return messages


def link(messages, categories, people):
    """Put every one of `messages` in every one of `categories`, naming all of `people`."""
    Message.categories.through.objects.bulk_create(
        Message.categories.through(message_id=message.pk, category_id=category.pk)
        for message in messages
        for category in categories
    )
    Message.people.through.objects.bulk_create(
        Message.people.through(message_id=message.pk, person_id=person.pk)
        for message in messages
        for person in people
    )


def archive_cast(first=1, count=2):
    """`count` categories and `count` people for an archive's messages to belong to."""
    numbers = range(first, first + count)
    categories = [
        Category.objects.create(name=f"Topic {n}", slug=f"topic-{n}", description=f"About {n}.")
        for n in numbers
    ]
    people = [Person.objects.create(name=f"Speaker {n}", slug=f"speaker-{n}") for n in numbers]
    return categories, people


SITEMAP = "/sitemap.xml"
_SITEMAP_NAMESPACE = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def whole_sitemap(client):
    """The sitemap index and every section it lists, as one response-like object.

    Its status is the worst of them; its content, the index followed by each section.
    """
    import xml.etree.ElementTree as ET
    from types import SimpleNamespace

    index = client.get(SITEMAP)
    responses = [index]
    if index.status_code == 200:
        root = ET.fromstring(index.content)  # noqa: S314 - our own response
        for location in root.findall("sm:sitemap/sm:loc", _SITEMAP_NAMESPACE):
            responses.append(client.get(location.text.removeprefix("http://testserver")))
    return SimpleNamespace(
        status_code=max(response.status_code for response in responses),
        content=b"\n".join(response.content for response in responses),
    )


def get_surface(client, url):
    """A public surface's response; for the sitemap, the index with all its sections."""
    return whole_sitemap(client) if url == SITEMAP else client.get(url)
