"""A writer and an editor, as new users, take a statement from draft to scheduled
publication and back out through withdrawal, all through the admin."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.test import Client

from press.models import Message, MessageEvent, Statement
from tests.factories import make_staff_user
from tests.press.admin_helpers import NO_UPLOADS, admin_url, change_form_data

pytestmark = pytest.mark.django_db

START = datetime(2022, 7, 1, 7, 0, tzinfo=UTC)  # 10:00 Moscow, 08:00 London
PUBLICATION = datetime(2022, 7, 1, 15, 0, tzinfo=UTC)  # 18:00 Moscow


def logged_in(username):
    client = Client()
    response = client.post("/admin/login/", {"username": username, "password": "pw",
                                             "next": "/admin/"})
    assert response.status_code == 302, "the user could not log in"
    return client


def open_and_post(client, message, **changes):
    url = admin_url(Message, "change", message.pk)
    form = client.get(url).context["adminform"].form
    message.refresh_from_db()
    return client.post(url, change_form_data(message, version=form["version"].value(),
                                             **changes))


def test_from_draft_to_scheduled_publication_and_back_out_through_withdrawal():
    make_staff_user("Press writer", username="wendy")
    make_staff_user("Press editor", username="eddie")
    public = Client()

    with time_machine.travel(START, tick=False) as traveller:
        writer = logged_in("wendy")
        response = writer.post(admin_url(Statement, "add"), {
            "title": "Statement on the consular queue", "slug": "", "lead": "A lead.",
            "body": "The *whole* statement.", "status": "draft", "published_at_0": "",
            "published_at_1": "", "language": "en", **NO_UPLOADS,
        })
        assert response.status_code == 302
        message = Message.objects.get()
        assert (message.kind, message.status) == (Message.Kind.STATEMENT, Message.Status.DRAFT)

        # The writer cannot publish; they submit for review.
        response = open_and_post(writer, message, status="published",
                                 published_at_0="2022-07-01", published_at_1="18:00:00")
        assert response.status_code == 200
        assert open_and_post(writer, message, status="submitted").status_code == 302

        editor = logged_in("eddie")
        changelist = editor.get(admin_url(Message, "changelist")).content.decode()
        assert "Submitted by wendy" in changelist

        # The editor shares a preview with the ambassador's office.
        link = editor.get(admin_url(Message, "change", message.pk)).context["preview_url"]
        assert "Preview — not published" in public.get(link).content.decode()

        # …and schedules it for 18:00 Moscow time, seeing that this is 16:00 in London.
        assert open_and_post(editor, message, status="published", published_at_0="2022-07-01",
                             published_at_1="18:00:00").status_code == 302
        form_page = editor.get(admin_url(Message, "change", message.pk)).content.decode()
        assert "Times are Moscow time (Europe/Moscow)." in form_page
        assert "18:00 Moscow = 16:00 London" in form_page
        assert "Scheduled for 01.07.2022 18:00 Moscow time" in editor.get(
            admin_url(Message, "changelist")).content.decode()

        message.refresh_from_db()
        page_url = "/messages/2022/07/01/statement-on-the-consular-queue/"
        traveller.move_to(PUBLICATION - timedelta(seconds=1))
        assert public.get(page_url).status_code == 404
        assert "Statement on the consular queue" not in public.get("/").content.decode()
        traveller.move_to(PUBLICATION + timedelta(seconds=1))
        assert public.get(page_url).status_code == 200
        assert "Statement on the consular queue" in public.get("/").content.decode()
        # The preview link has no more purpose once the message is public.
        assert public.get(link).status_code == 404

        # The next day the editor withdraws it.
        traveller.move_to(PUBLICATION + timedelta(days=1))
        assert open_and_post(editor, message, status="withdrawn",
                             withdrawal_explanation="Superseded by the statement of 2 July."
                             ).status_code == 302
        page = public.get(page_url).content.decode()
        assert "Withdrawn</strong> on" in page and ">02.07.2022</time>" in page
        assert "Superseded by the statement of 2 July." in page
        assert "Statement on the consular queue" not in public.get("/").content.decode()
        assert not Message.objects.published().exists()

        timeline = editor.get(admin_url(Message, "timeline", message.pk)).content.decode()
    Action = MessageEvent.Action
    assert [(event.action, event.user.username) for event in message.events.all()] == [
        (Action.CREATED, "wendy"),
        (Action.SUBMITTED, "wendy"),
        (Action.SCHEDULED, "eddie"),
        (Action.WITHDRAWN, "eddie"),
    ]
    assert "Submitted for review</strong> by wendy" in timeline
    assert "Withdrawn</strong> by eddie: Superseded by the statement of 2 July." in timeline
