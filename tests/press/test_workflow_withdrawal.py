"""Withdrawn messages: their page stays, with a dated notice; every list leaves them out."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.utils import timezone

from press.models import Message
from tests.factories import make_message
from tests.press.admin_helpers import client_for, post_change

pytestmark = pytest.mark.django_db

NOW = datetime(2022, 7, 1, 21, 30, tzinfo=UTC)  # 00:30 on 2 July in Moscow


@time_machine.travel(NOW, tick=False)
def test_a_withdrawn_message_keeps_its_page_with_a_dated_notice_and_the_explanation(
    client, editor
):
    message = make_message(title="A statement", published_at=NOW - timedelta(days=2, hours=9))
    url = message.get_absolute_url()
    post_change(client_for(editor), message, status="withdrawn",
                withdrawal_explanation="It was issued in error & is replaced.")

    response = client.get(url)
    assert response.status_code == 200
    page = response.content.decode()
    # Dated in the home zone: 00:30 on 2 July in Moscow.
    assert "<strong>Withdrawn</strong> on <time" in page
    assert ">02.07.2022</time>" in page
    assert "It was issued in error &amp; is replaced." in page
    assert "A statement" in page


@time_machine.travel(NOW, tick=False)
def test_withdrawn_and_deleted_messages_leave_the_gate_and_the_home_page(client, editor):
    withdrawn = make_message(title="Withdrawn one")
    # Only a message that never appeared can be deleted: this one was scheduled, and its time
    # has come by the time the public looks.
    deleted = make_message(title="Deleted one", published_at=timezone.now() + timedelta(hours=1))
    kept = make_message(title="Kept one")
    post_change(client_for(editor), withdrawn, status="withdrawn",
                withdrawal_explanation="Superseded.")
    client_for(editor).post(
        f"/admin/press/message/{deleted.pk}/delete/", {"post": "yes"}
    )

    with time_machine.travel(timezone.now() + timedelta(hours=2), tick=False):
        assert list(Message.objects.published()) == [kept]
        home = client.get("/").content.decode()
        assert "Kept one" in home
        assert "Withdrawn one" not in home and "Deleted one" not in home
        assert client.get(deleted.get_absolute_url()).status_code == 404


@time_machine.travel(NOW, tick=False)
def test_viewable_admits_withdrawn_but_not_drafts_scheduled_or_deleted():
    public = make_message()
    withdrawn = make_message(status=Message.Status.WITHDRAWN, published_at=NOW)
    make_message(status=Message.Status.DRAFT)
    make_message(published_at=NOW + timedelta(seconds=1))
    make_message(deleted_at=NOW)
    assert set(Message.objects.viewable()) == {public, withdrawn}
