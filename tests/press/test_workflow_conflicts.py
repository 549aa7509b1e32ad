"""Edit conflicts: a stale form never overwrites a colleague's save, and loses no text."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.db import transaction

from press.models import Message
from tests.factories import make_message
from tests.press.admin_helpers import admin_url, change_form_data, client_for, errors_of

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
    monkeypatch.setattr(workflow, "stale_edit", lambda pk, version: None)  # …after the check
    response = client.post(admin_url(Message, "change", message.pk),
                           {**form, "title": "Raced"}, follow=True)
    assert response.status_code == 200
    assert "your save was not made" in response.content.decode()
    message.refresh_from_db()
    assert message.title == "Original title"
