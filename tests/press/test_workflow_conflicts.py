"""Edit conflicts: a stale form never overwrites a colleague's save, and loses no text."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.db import transaction

from press.models import Message
from tests.factories import make_message
from tests.press.admin_helpers import (
    admin_url,
    change_form_data,
    client_for,
    errors_of,
    post_change,
)

pytestmark = pytest.mark.django_db

NOW = datetime(2022, 7, 1, 7, 0, tzinfo=UTC)  # 10:00 in Moscow


def open_form(client, message):
    """Load the change form as a browser does; return the data it would post unchanged."""
    response = client.get(admin_url(Message, "change", message.pk))
    assert response.status_code == 200
    return change_form_data(message, version=response.context["adminform"].form["version"].value())


def test_the_change_form_carries_the_version(editor):
    message = make_message(status=Message.Status.DRAFT)
    message.save()
    page = client_for(editor).get(admin_url(Message, "change", message.pk)).content.decode()
    assert f'<input type="hidden" name="version" value="{message.version}"' in page


def test_of_two_concurrent_edits_the_second_is_refused_and_keeps_its_text(editor, second_editor):
    with time_machine.travel(NOW, tick=False) as traveller:
        message = make_message(status=Message.Status.DRAFT, title="Original title")
        first, second = client_for(editor), client_for(second_editor)
        first_form, second_form = open_form(first, message), open_form(second, message)

        traveller.shift(timedelta(minutes=5))
        url = admin_url(Message, "change", message.pk)
        assert first.post(url, {**first_form, "title": "Eddie's title"}).status_code == 302

        response = second.post(url, {**second_form, "title": "Erin's title",
                                     "body": "Erin's long unsaved paragraph."})
    assert response.status_code == 200
    assert errors_of(response) == [
        "This message was changed by eddie at 01.07.2022 10:05 Moscow time since you opened "
        "it. Your text is kept below: compare it with theirs (History), then save again to "
        "replace their version."
    ]
    page = response.content.decode()
    assert 'value="Erin&#x27;s title"' in page
    assert "Erin&#x27;s long unsaved paragraph." in page
    message.refresh_from_db()
    assert message.title == "Eddie's title"


def test_after_the_refusal_a_deliberate_second_save_replaces_and_keeps_both_revisions(
    editor, second_editor
):
    message = make_message(status=Message.Status.DRAFT, title="Original title")
    first, second = client_for(editor), client_for(second_editor)
    first_form, second_form = open_form(first, message), open_form(second, message)
    url = admin_url(Message, "change", message.pk)
    first.post(url, {**first_form, "title": "Eddie's title"})
    refused = second.post(url, {**second_form, "title": "Erin's title"})
    version_now = refused.context["adminform"].form["version"].value()

    assert second.post(url, {**second_form, "title": "Erin's title",
                             "version": version_now}).status_code == 302
    message.refresh_from_db()
    assert message.title == "Erin's title"
    titles = list(message.history.order_by("history_id").values_list("title", flat=True))
    assert titles == ["Original title", "Eddie's title", "Erin's title"]


def test_a_form_posted_without_a_version_is_treated_as_stale(editor):
    message = make_message(status=Message.Status.DRAFT, title="Original title")
    response = client_for(editor).post(
        admin_url(Message, "change", message.pk),
        change_form_data(message, version="", title="Blind overwrite"),
    )
    assert response.status_code == 200
    message.refresh_from_db()
    assert message.title == "Original title"


def test_two_saves_from_the_same_version_cannot_both_land_on_any_database():
    from press.models import StaleVersion

    message = make_message(status=Message.Status.DRAFT, title="Original title")
    first, second = Message.objects.get(pk=message.pk), Message.objects.get(pk=message.pk)
    first.title = "First"
    first.save()
    second.title = "Second"
    with pytest.raises(StaleVersion), transaction.atomic():
        second.save()
    message.refresh_from_db()
    assert (message.title, message.version) == ("First", first.version)
    assert message.history.count() == 2


def test_a_save_that_races_past_the_form_check_is_refused_not_a_500(editor, monkeypatch):
    # SQLite has no row locks: two requests may both pass the form's check; the UPDATE's own
    # version condition then refuses the second. Simulate that interleaving here.
    from press import workflow

    message = make_message(status=Message.Status.DRAFT, title="Original title")
    client = client_for(editor)
    form = open_form(client, message)
    Message.objects.get(pk=message.pk).save()  # a colleague's save lands…
    monkeypatch.setattr(workflow, "_edit_conflict", lambda change: None)  # …after the check
    response = client.post(admin_url(Message, "change", message.pk),
                           {**form, "title": "Raced"}, follow=True)
    assert response.status_code == 200
    assert "your change was not made" in response.content.decode()
    message.refresh_from_db()
    assert message.title == "Original title"


DAMAGED = (
    "This form is out of date or damaged (its version mark is missing or wrong), so nothing "
    "was saved. Copy any text you changed, reload the page and make your change again."
)


@pytest.mark.parametrize("version", ["", "abc", "1.5", "0", "-1", "999", "9" * 5000])
def test_a_missing_or_forged_version_gets_its_own_message_not_a_500(editor, version):
    message = make_message(status=Message.Status.DRAFT, title="Original title")
    response = client_for(editor).post(
        admin_url(Message, "change", message.pk),
        change_form_data(message, version=version, title="Blind overwrite"),
    )
    assert response.status_code == 200
    assert errors_of(response) == [DAMAGED]
    message.refresh_from_db()
    assert message.title == "Original title"


def lose_every_race(monkeypatch):
    """From now on, a colleague's save lands between loading each message and saving it."""
    from django.db.models import F

    check_and_set = Message.claim_version

    def raced(self):
        Message.objects.filter(pk=self.pk).update(version=F("version") + 1)
        return check_and_set(self)

    monkeypatch.setattr(Message, "claim_version", raced)


@pytest.fixture
def every_save_loses_a_race(monkeypatch):
    lose_every_race(monkeypatch)


RACE_LOST = "someone changed it at the same moment; nothing was done to it. Try again."


@pytest.mark.parametrize(("action", "fields"), [
    ("publish", {"status": Message.Status.SUBMITTED}),
    ("submit", {"status": Message.Status.DRAFT}),
    ("return_to_draft", {"published_at": NOW + timedelta(hours=1)}),
    ("feature", {}),
    ("unfeature", {"featured": True}),
])
def test_an_action_that_loses_a_race_reports_it_per_message_not_a_500(
    writer, editor, every_save_loses_a_race, action, fields
):
    with time_machine.travel(NOW, tick=False):
        message = make_message(title="Contested", submitted_by=writer, **fields)
        before = (message.status, message.featured, message.published_at)
        response = client_for(editor).post(
            admin_url(Message, "changelist"),
            {"action": action, "_selected_action": [message.pk]},
            follow=True,
        )
    assert response.status_code == 200
    assert f"“Contested”: {RACE_LOST}" in response.content.decode()
    message.refresh_from_db()
    assert (message.status, message.featured, message.published_at) == before
    assert not message.events.exists()


def test_restoring_from_the_bin_in_a_race_is_reported_not_a_500(
    editor, every_save_loses_a_race
):
    from press.models import DeletedMessage

    message = make_message(title="Contested", deleted_at=NOW)
    response = client_for(editor).post(
        admin_url(DeletedMessage, "changelist"),
        {"action": "restore", "_selected_action": [message.pk]},
        follow=True,
    )
    assert f"“Contested”: {RACE_LOST}" in response.content.decode()
    message.refresh_from_db()
    assert message.deleted_at == NOW


def test_restoring_a_revision_in_a_race_is_reported_not_a_500(editor, monkeypatch):
    message = make_message(status=Message.Status.DRAFT, title="First title")
    client = client_for(editor)
    post_change(client, message, title="Second title")
    oldest = message.history.order_by("history_id").first()
    lose_every_race(monkeypatch)
    response = client.post(
        admin_url(Message, "restore_revision", message.pk, oldest.history_id), follow=True
    )
    assert f"Not restored: {RACE_LOST}" in response.content.decode()
    message.refresh_from_db()
    assert message.title == "Second title"


def test_moving_to_the_bin_in_a_race_is_reported_not_a_500(editor, every_save_loses_a_race):
    message = make_message(title="Contested", status=Message.Status.DRAFT)
    response = client_for(editor).post(
        admin_url(Message, "delete", message.pk), {"post": "yes"}, follow=True
    )
    assert response.status_code == 200
    assert "Someone saved this message at the same moment; your change was not made." in (
        response.content.decode()
    )
    message.refresh_from_db()
    assert message.deleted_at is None


def test_moving_several_to_the_bin_in_a_race_is_reported_not_a_500(
    editor, every_save_loses_a_race
):
    message = make_message(title="Contested", status=Message.Status.DRAFT)
    response = client_for(editor).post(
        admin_url(Message, "changelist"),
        {"action": "delete_selected", "_selected_action": [message.pk], "post": "yes"},
        follow=True,
    )
    assert response.status_code == 200
    assert "your change was not made" in response.content.decode()
    message.refresh_from_db()
    assert message.deleted_at is None
