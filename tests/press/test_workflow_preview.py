"""Share-preview links: signed, 7 days, revocable, never cached, never indexed."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.core import signing

from press import preview
from press.models import Message
from tests.factories import make_message
from tests.press.admin_helpers import admin_url, client_for

pytestmark = pytest.mark.django_db

NOW = datetime(2022, 7, 1, 7, 0, tzinfo=UTC)


def preview_link_shown_to(user, message):
    response = client_for(user).get(admin_url(Message, "change", message.pk))
    return response.context.get("preview_url")


@pytest.mark.parametrize(
    "fields",
    [
        {"status": Message.Status.DRAFT},
        {"status": Message.Status.SUBMITTED},
        {"status": Message.Status.PUBLISHED, "published_at": NOW + timedelta(days=1)},
    ],
    ids=["draft", "submitted", "scheduled"],
)
@time_machine.travel(NOW, tick=False)
def test_an_editor_gets_a_link_that_shows_the_page_marked_as_a_preview(client, editor, fields):
    message = make_message(title="Not yet public", body="Body **text**.", **fields)
    link = preview_link_shown_to(editor, message)
    assert link.startswith("http://testserver/messages/preview/")

    response = client.get(link)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Preview — not published" in page
    assert "Not yet public" in page and "<strong>text</strong>" in page
    assert '<meta name="robots" content="noindex, nofollow">' in page
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert "no-store" in response["Cache-Control"] and "max-age=0" in response["Cache-Control"]


@time_machine.travel(NOW, tick=False)
def test_writers_get_no_link_and_public_messages_have_none(writer, editor, client):
    draft = make_message(status=Message.Status.DRAFT)
    assert preview_link_shown_to(writer, draft) is None
    public = make_message()
    assert preview_link_shown_to(editor, public) is None
    assert client.get(preview.preview_url(public)).status_code == 404


def test_the_link_expires_after_seven_days(client):
    with time_machine.travel(NOW, tick=False) as traveller:
        message = make_message(status=Message.Status.DRAFT)
        link = preview.preview_url(message)
        traveller.shift(timedelta(days=7, seconds=-1))
        assert client.get(link).status_code == 200
        traveller.shift(timedelta(seconds=2))
        assert client.get(link).status_code == 404


@time_machine.travel(NOW, tick=False)
def test_a_new_link_revokes_the_old_one(client, editor):
    message = make_message(status=Message.Status.DRAFT)
    old_link = preview.preview_url(message)
    response = client_for(editor).post(admin_url(Message, "preview_link", message.pk))
    assert response.status_code == 302
    message.refresh_from_db()
    assert client.get(old_link).status_code == 404
    assert client.get(preview.preview_url(message)).status_code == 200


@pytest.mark.parametrize(
    "token",
    [
        "not-a-token",
        signing.dumps({"id": 1, "generation": 0}, salt="another.salt"),
        signing.dumps({"no": "id"}, salt=preview.SALT),
    ],
    ids=["garbage", "wrong salt", "wrong payload"],
)
def test_a_tampered_token_is_a_404(client, token):
    make_message(status=Message.Status.DRAFT)
    assert client.get(f"/messages/preview/{token}/").status_code == 404


def test_a_token_with_a_changed_id_is_a_404(client):
    first = make_message(status=Message.Status.DRAFT)
    second = make_message(status=Message.Status.DRAFT)
    token = preview.token_for(first)
    other = preview.token_for(second)
    forged = other.split(":")[0] + token[token.index(":"):]
    assert client.get(f"/messages/preview/{forged}/").status_code == 404


@time_machine.travel(NOW, tick=False)
def test_deleted_messages_have_no_preview(client):
    message = make_message(status=Message.Status.DRAFT, deleted_at=NOW)
    assert client.get(preview.preview_url(message)).status_code == 404


@pytest.mark.parametrize("notes", [0, 5])
def test_the_preview_runs_a_fixed_number_of_queries(client, django_assert_num_queries, notes):
    from press.models import MessageEvent

    message = make_message(status=Message.Status.DRAFT)
    MessageEvent.objects.bulk_create(
        MessageEvent(message=message, action=MessageEvent.Action.CHANGE_NOTE, note="n", at=NOW)
        for _ in range(notes)
    )
    link = preview.preview_url(message)
    client.get("/")  # site settings cached, as on a warm server
    # The message (with its lead image); its change notes, categories, people and attachments
    # together (press/page_lists.py).
    with django_assert_num_queries(2):
        client.get(link)
