"""The press desk on the admin's index (issue 12): what waits for each member of the staff,
and the changelist's filters, columns and order."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine

from press.models import Message, MessageEvent
from tests.factories import make_message, make_staff_user
from tests.press.admin_helpers import admin_url, client_for, post_change

NOW = datetime(2022, 7, 1, 7, 0, tzinfo=UTC)  # 10:00 in Moscow, 08:00 in London
pytestmark = [pytest.mark.django_db, pytest.mark.time_machine(NOW, tick=False)]
Status = Message.Status


def desk_of(user):
    response = client_for(user).get("/admin/")
    assert response.status_code == 200
    return response.content.decode()


def section(page, key):
    start = page.index(f"desk-list desk-{key}")
    return page[start:page.index("</div>", start)]


def submitted(writer, title, remark="", minutes_ago=0):
    message = make_message(title=title, status=Status.DRAFT, created_by=writer)
    with time_machine.travel(NOW - timedelta(minutes=minutes_ago), tick=False):
        post_change(client_for(writer), message, status="submitted", remark=remark)
    return message


def test_waiting_for_review_oldest_first_with_submitter_and_remark(writer, editor):
    newer = submitted(writer, "Submitted just now")
    older = submitted(writer, "Submitted an hour ago", remark="Please check the figures.",
                      minutes_ago=60)
    waiting = section(desk_of(editor), "review")
    assert waiting.index("Submitted an hour ago") < waiting.index("Submitted just now")
    assert "Submitted by wendy on 01.07.2022 09:00" in waiting
    assert "<q class=\"desk-remark\">Please check the figures.</q>" in waiting
    for message in (newer, older):
        assert f'href="{admin_url(Message, "change", message.pk)}"' in waiting


def test_scheduled_soonest_first_in_moscow_and_london(editor):
    make_message(title="Later", published_at=NOW + timedelta(days=2))
    make_message(title="Sooner", published_at=NOW + timedelta(hours=8))  # 18:00 Moscow
    scheduled = section(desk_of(editor), "scheduled")
    assert scheduled.index("Sooner") < scheduled.index("Later")
    assert "01.07.2022 18:00 Moscow time" in scheduled
    assert "18:00 Moscow = 16:00 London" in scheduled


def test_my_drafts_are_mine_only_and_recently_published_newest_first(writer, editor):
    make_message(title="Wendy's draft", status=Status.DRAFT, created_by=writer)
    make_message(title="Someone else's draft", status=Status.DRAFT, created_by=editor)
    make_message(title="Published yesterday", published_at=NOW - timedelta(days=1))
    make_message(title="Published this morning", published_at=NOW - timedelta(hours=2))
    page = desk_of(writer)
    drafts = section(page, "drafts")
    assert "Wendy&#x27;s draft" in drafts and "Someone else" not in drafts
    published = section(page, "published")
    assert published.index("this morning") < published.index("yesterday")


def test_the_desk_replaces_recent_actions_for_press_staff_only(writer, admin_client):
    assert "Recent actions" not in desk_of(writer)
    clerk = make_staff_user("Consular section", username="clara")
    page = desk_of(clerk)
    assert "Press desk" not in page and "Recent actions" in page


def test_the_desk_costs_the_same_queries_with_many_messages(writer, django_assert_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count():
        with CaptureQueriesContext(connection) as captured:
            desk_of(writer)
        return len(captured.captured_queries)

    submitted(writer, "One")
    count()  # the first page after a change of content reads the site settings again
    few = count()
    for number in range(15):
        submitted(writer, f"Many {number}", remark="r")
        make_message(title=f"Public {number}")
        make_message(title=f"Draft {number}", status=Status.DRAFT, created_by=writer)
    count()
    assert count() == few


def test_the_reviewer_sees_the_writers_remark_on_the_change_form(writer, editor):
    message = submitted(writer, "To review", remark="The quote in paragraph 2 is new.")
    page = client_for(editor).get(admin_url(Message, "change", message.pk)).content.decode()
    assert "Remarks for the reviewer" in page
    assert "wendy, 01.07.2022 10:00: <q>The quote in paragraph 2 is new.</q>" in page


def test_the_changelist_filters_by_scheduled_mine_and_waiting_for_review(writer, editor):
    make_message(title="Scheduled one", published_at=NOW + timedelta(hours=1))
    make_message(title="Public one")
    submitted(writer, "Waiting one")
    make_message(title="Eddie's own", status=Status.DRAFT, created_by=editor)
    client = client_for(editor)

    def titles(query):
        response = client.get(admin_url(Message, "changelist") + query)
        return {message.title for message in response.context["cl"].result_list}

    assert titles("?state=scheduled") == {"Scheduled one"}
    assert titles("?state=submitted") == {"Waiting one"}
    assert titles("?mine=yes") == {"Eddie's own"}
    page = client.get(admin_url(Message, "changelist")).content.decode()
    for label in ("Scheduled", "Waiting for review", "Mine"):
        assert f">{label}</a>" in page


def test_the_changelist_shows_author_and_last_change_and_undated_first(writer, editor):
    make_message(title="Dated", published_at=NOW - timedelta(days=1), created_by=editor)
    undated = make_message(title="Undated draft", status=Status.DRAFT, created_by=writer)
    post_change(client_for(editor), undated, lead="Changed lead.")
    response = client_for(editor).get(admin_url(Message, "changelist"))
    assert [m.title for m in response.context["cl"].result_list] == ["Undated draft", "Dated"]
    page = response.content.decode()
    assert 'class="sortable column-author"' in page and 'column-last_change' in page
    assert '<td class="field-author">wendy</td>' in page
    assert '<td class="field-last_change">01.07.2022 10:00 Moscow time, eddie</td>' in page
    assert MessageEvent.objects.filter(message=undated).exists()
