"""Writers preview their own work (issue 12): "View on site" for a draft shows its page marked
as a preview to its authors and to editors; only editors make shareable links."""

from datetime import UTC, datetime, timedelta

import pytest

from press.models import Message, Statement
from tests.factories import make_message, make_staff_user
from tests.press.admin_helpers import NO_UPLOADS, admin_url, client_for

NOW = datetime(2022, 7, 1, 7, 0, tzinfo=UTC)
pytestmark = [pytest.mark.django_db, pytest.mark.time_machine(NOW, tick=False)]


@pytest.fixture
def draft(writer):
    response = client_for(writer).post(admin_url(Statement, "add"), {
        "title": "Work in progress", "slug": "", "lead": "", "body": "Draft *text*.",
        "status": "draft", "published_at_0": "", "published_at_1": "", "language": "en",
        **NO_UPLOADS,
    })
    assert response.status_code == 302
    return Message.objects.get()


def preview_of(message):
    return admin_url(Message, "preview", message.pk)


def test_view_on_site_of_a_draft_is_its_preview(draft, writer):
    page = client_for(writer).get(admin_url(Message, "change", draft.pk)).content.decode()
    assert f'href="{preview_of(draft)}"' in page and "View on site" in page


@pytest.mark.parametrize("who", ["author", "editor"])
def test_the_author_and_editors_see_the_page_marked_as_a_preview(draft, writer, editor, who):
    response = client_for(writer if who == "author" else editor).get(preview_of(draft))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Preview — not published" in page
    assert "<h1>Work in progress</h1>" in page and "Draft <em>text</em>." in page
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert "no-store" in response["Cache-Control"]


def test_another_writer_gets_a_clear_refusal_not_the_draft(draft):
    other = make_staff_user("Press writer", username="walter")
    response = client_for(other).get(preview_of(draft))
    assert response.status_code == 403
    page = response.content.decode()
    assert "can be previewed by the people who wrote it and by the press editors" in page
    assert "Draft <em>text</em>." not in page


def test_the_public_cannot_reach_the_staff_preview(draft, client):
    response = client.get(preview_of(draft))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_a_public_message_has_its_page_not_a_preview(editor):
    message = make_message(published_at=NOW - timedelta(hours=1))
    response = client_for(editor).get(preview_of(message))
    assert response.status_code == 302
    assert response["Location"] == message.get_absolute_url()


def test_writers_get_no_share_link_editors_do(draft, writer, editor):
    writer_page = client_for(writer).get(admin_url(Message, "change", draft.pk))
    assert "preview_url" not in writer_page.context
    assert "Make a new preview link" not in writer_page.content.decode()
    assert client_for(writer).post(admin_url(Message, "preview_link", draft.pk)).status_code \
        == 403
    editor_page = client_for(editor).get(admin_url(Message, "change", draft.pk))
    assert "/messages/preview/" in editor_page.context["preview_url"]
