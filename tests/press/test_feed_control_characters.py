"""One control character (Word's line break, U+000B) used to take every RSS and Atom feed down:
XML 1.0 forbids it. The fields store text without it; the feeds strip it again on the way out."""

import feedparser
import pytest

from core import content_version
from core.site_settings import SiteSettings
from press.models import Category, Message
from tests.factories import make_category, make_message
from tests.press.pages import NOW

pytestmark = [pytest.mark.django_db, pytest.mark.time_machine(NOW, tick=False)]

FEEDS = ["/messages/feed/rss/", "/messages/feed/atom/", "/messages/feed.json"]
XML_FEEDS = FEEDS[:2]
PASTED = "Pasted\x0bfrom\x0cWord\x1e\x1f\x01\x08\x1b"


@pytest.mark.parametrize("url", FEEDS)
def test_feeds_carry_text_saved_with_control_characters(client, url):
    site = SiteSettings.load()
    site.site_name = f"Embassy {PASTED}"
    site.save()
    make_message(title=f"Title {PASTED}", lead=f"Lead {PASTED}", body=f"Body {PASTED}",
                 categories=[make_category(name=f"Category {PASTED}")])

    for query in ["", "?kind=statement", "?q=title"]:
        response = client.get(url + query)
        assert response.status_code == 200, query
        assert "\x0b" not in response.content.decode()


@pytest.mark.parametrize("url", XML_FEEDS)
def test_text_written_around_the_model_still_leaves_a_valid_feed(client, url):
    """The second line of defence: a raw UPDATE skips the fields' cleaning."""
    message = make_message(categories=[make_category()])
    Message.objects.filter(pk=message.pk).update(title="Raw\x0btitle", lead="Raw\x1blead")
    Category.objects.update(name="Raw\x0bcategory")
    SiteSettings.objects.update(site_name="Raw\x0bsite")
    content_version.bump()  # an UPDATE sends no signal

    response = client.get(url)

    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    (entry,) = feed.entries
    assert (feed.feed.title, entry.title) == ("Raw site: messages", "Raw title")
    assert [tag.term for tag in entry.tags] == ["Raw category"]
