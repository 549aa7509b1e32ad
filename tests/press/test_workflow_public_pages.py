"""Once public, a message leaves the site only by withdrawal, and a withdrawn one stays
withdrawn: no state change, list action or restored revision makes a quoted page vanish or
moves its address."""

from datetime import UTC, datetime, timedelta

import pytest

from press.models import Message, MessageEvent
from tests.factories import make_message
from tests.press.admin_helpers import admin_url, client_for, errors_of, post_change

NOW = datetime(2022, 7, 1, 7, 0, tzinfo=UTC)  # 10:00 in Moscow
pytestmark = [pytest.mark.django_db, pytest.mark.time_machine(NOW, tick=False)]

Status = Message.Status
PUBLIC_STAYS = "it can leave the public site only by withdrawal"
WITHDRAWN_STAYS = "A withdrawn message stays withdrawn"


def public_message(**fields):
    return make_message(title="Quoted statement", published_at=NOW - timedelta(days=1),
                        **fields)


def withdrawn_message():
    return make_message(title="Quoted statement", status=Status.WITHDRAWN,
                        published_at=NOW - timedelta(days=1), withdrawn_at=NOW - timedelta(hours=1),
                        withdrawal_explanation="Issued in error.")


def run_action(user, action, message):
    return client_for(user).post(
        admin_url(Message, "changelist"),
        {"action": action, "_selected_action": [message.pk]},
        follow=True,
    ).content.decode()


def assert_unchanged(client, message):
    before = (message.status, message.published_at, message.version)
    url = message.get_absolute_url()
    message.refresh_from_db()
    assert (message.status, message.published_at, message.version) == before
    assert message.get_absolute_url() == url
    assert client.get(url).status_code == 200


def test_a_public_message_cannot_go_back_to_draft_through_the_form(client, editor):
    message = public_message()
    response = post_change(client_for(editor), message, status="draft")
    assert response.status_code == 200
    assert errors_of(response) == [
        "This message is public: it can leave the public site only by withdrawal, which keeps "
        "its page with a dated notice and your explanation. Set its status to “Withdrawn” and "
        "give the explanation."
    ]
    assert_unchanged(client, message)


def test_nor_through_the_take_back_to_draft_action(client, editor):
    message = public_message()
    page = run_action(editor, "return_to_draft", message)
    assert f"“Quoted statement”: This message is public: {PUBLIC_STAYS}" in page
    assert "returned to draft." not in page
    assert_unchanged(client, message)


def test_a_scheduled_message_can_still_go_back_to_draft_through_the_action(editor):
    message = make_message(published_at=NOW + timedelta(hours=2))
    assert "1 message returned to draft." in run_action(editor, "return_to_draft", message)
    message.refresh_from_db()
    assert message.status == Status.DRAFT


def test_a_public_message_cannot_be_redated_off_the_site(client, editor):
    message = public_message()
    response = post_change(client_for(editor), message,
                           published_at_0="2022-07-02", published_at_1="10:00:00")
    assert errors_of(response) == [
        "This message has already appeared: its publication time is part of its quoted "
        "address and cannot change."
    ]
    assert_unchanged(client, message)


@pytest.mark.parametrize("status", ["published", "draft", "submitted"])
def test_a_withdrawn_message_stays_withdrawn_through_the_form(client, editor, status):
    message = withdrawn_message()
    response = post_change(client_for(editor), message, status=status,
                           published_at_0="2022-07-01", published_at_1="10:00:00")
    assert response.status_code == 200
    assert errors_of(response) == [
        "A withdrawn message stays withdrawn: its page keeps the quoted address with the "
        "withdrawal notice. To publish a corrected version, create a new message."
    ]
    assert_unchanged(client, message)
    assert not Message.objects.published().exists()


def test_the_publish_action_refuses_a_withdrawn_message_and_keeps_its_date(client, editor):
    message = withdrawn_message()
    page = run_action(editor, "publish", message)
    assert f"“Quoted statement”: {WITHDRAWN_STAYS}" in page
    assert_unchanged(client, message)
    assert not Message.objects.published().exists()


def edited(message, editor):
    # A second revision to offer for restoring, saved directly: a withdrawn message's text can
    # no longer be edited through the admin (tests/press/test_desk_withdrawn_frozen.py).
    message.body, message.updated_by = "A later body.", editor
    message.save()
    message.refresh_from_db()
    return message.history.order_by("history_id").first()


@pytest.mark.parametrize(("make", "refusal"), [
    (public_message, "This message is public: restoring a revision would take its page off "
                     "the site. Edit it instead (as a major change, with a note), copying from "
                     "the differences, or copy the text into a new message."),
    (withdrawn_message, "A withdrawn message stays withdrawn, so no revision can be restored "
                        "onto it. Copy the text you need into a new message."),
], ids=["public", "withdrawn"])
def test_no_revision_is_restored_onto_a_public_or_withdrawn_message(
    client, editor, make, refusal
):
    message = make()
    oldest = edited(message, editor)
    staff = client_for(editor)
    url = admin_url(Message, "restore_revision", message.pk, oldest.history_id)
    revisions = staff.get(admin_url(Message, "revisions", message.pk)).content.decode()
    assert "Restore as draft" not in revisions

    for response in (staff.get(url, follow=True), staff.post(url, follow=True)):
        page = response.content.decode()
        assert refusal in page
        assert "was restored" not in page
    assert_unchanged(client, message)
    assert message.body == "A later body."
    assert not message.events.filter(
        action=MessageEvent.Action.REVISION_RESTORED).exists()


# A withdrawn message's slug cannot change either; nor, since issue 12, can its text
# (tests/press/test_desk_withdrawn_frozen.py), so this edit is a public message's only.
def test_the_slug_of_a_message_that_has_appeared_cannot_change(client, editor):
    message = public_message()
    staff = client_for(editor)
    assert 'name="slug"' not in staff.get(admin_url(Message, "change", message.pk)).content.decode()
    assert post_change(staff, message, slug="a-new-address", lead="New lead.").status_code == 302
    message.refresh_from_db()
    assert (message.slug, message.lead) == ("quoted-statement", "New lead.")


def test_a_draft_and_a_scheduled_message_keep_an_editable_slug(editor):
    for message in (make_message(status=Status.DRAFT),
                    make_message(published_at=NOW + timedelta(hours=1))):
        assert post_change(client_for(editor), message, slug=f"new-{message.pk}").status_code == 302
        message.refresh_from_db()
        assert message.slug == f"new-{message.pk}"
