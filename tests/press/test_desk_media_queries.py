"""Lead images and attachments keep every public page at a fixed number of queries: the image
comes with the page's own query (a join), the attachments in one prefetch, whatever the count."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core import content_version
from press.models import Attachment, LeadImage
from tests.press.pages import NOW, archive_cast, make_archive, url_of

pytestmark = [pytest.mark.django_db, pytest.mark.time_machine(NOW, tick=False)]


def with_media(messages, attachments=2):
    # Rows only (no files): a page names the renditions' addresses without touching them.
    LeadImage.objects.bulk_create(
        LeadImage(message=message, image=f"press/images/{message.slug}.jpg", width=2000,
                  height=1000, alt_text=f"Photograph for {message.title}")
        for message in messages
    )
    Attachment.objects.bulk_create(
        Attachment(message=message, title=f"Annex {number}", kind="pdf", size=1000,
                   file=f"press/attachments/{message.slug}-{number}.pdf")
        for message in messages for number in range(attachments)
    )


PAGES = ["/", "/messages/", "/categories/topic-1/", "/messages/feed.json", None]


@pytest.mark.parametrize("url", PAGES, ids=["home", "archive", "category", "JSON Feed", "page"])
def test_images_and_attachments_add_no_query_per_message(
    client, django_assert_num_queries, url
):
    categories, people = archive_cast()
    first = make_archive(3, categories, people, start=NOW - timedelta(minutes=30))
    with_media(first, attachments=1)
    url = url or url_of(first[1])
    client.get(url)  # the header's rows cached, as on a running site
    # Counted as the first request after a change: what a page keeps per content version (a
    # feed's entries, a list's summaries) is computed, so a query per message would show.
    content_version.bump()
    small = queries_of(client, url)

    with_media(make_archive(30, categories, people, start=NOW - timedelta(days=2)),
               attachments=5)
    Attachment.objects.bulk_create(
        Attachment(message=first[1], title=f"Extra {number}", kind="pdf", size=10,
                   file=f"press/attachments/extra-{number}.pdf") for number in range(5)
    )
    content_version.bump()
    with django_assert_num_queries(len(small)):
        page = client.get(url).content.decode()
    assert "Photograph for" in page or "press/renditions/" in page


def queries_of(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return captured.captured_queries
