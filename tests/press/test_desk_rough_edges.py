"""The rough edges found when the admin was tried (issue 12, item 7), one test each."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.urls import reverse

from press.models import Message, Statement
from tests.factories import make_category, make_message, make_person
from tests.press.admin_helpers import (
    NO_UPLOADS,
    admin_url,
    change_form_data,
    client_for,
    errors_of,
    post_change,
)

NOW = datetime(2022, 7, 1, 7, 0, tzinfo=UTC)  # 10:00 in Moscow
pytestmark = [pytest.mark.django_db, pytest.mark.time_machine(NOW, tick=False)]
Status = Message.Status


def add(client, **fields):
    return client.post(admin_url(Statement, "add"), {
        "title": "A statement", "slug": "", "lead": "", "body": "", "status": "draft",
        "published_at_0": "", "published_at_1": "", "language": "en", **NO_UPLOADS, **fields,
    })


def test_the_restore_page_shows_what_the_message_becomes(editor):
    message = make_message(status=Status.DRAFT, title="Old title")
    post_change(client_for(editor), message, title="New title")
    oldest = message.history.order_by("history_id").first()
    page = client_for(editor).get(
        admin_url(Message, "restore_revision", message.pk, oldest.history_id)).content.decode()
    # Restoring turns the current "New title" back into "Old title".
    assert 'diff-removed">- New title</span>' in page
    assert 'diff-added">+ Old title</span>' in page


def test_the_edit_conflict_links_to_the_comparison_in_a_new_tab(editor, second_editor):
    message = make_message(status=Status.DRAFT, title="Original")
    stale = change_form_data(message)
    post_change(client_for(editor), message, title="Eddie's")
    response = client_for(second_editor).post(
        admin_url(Message, "change", message.pk), {**stale, "title": "Erin's"})
    page = response.content.decode()
    first, second = message.history.order_by("history_id")[:2]
    link = (f'href="{admin_url(Message, "compare", message.pk)}?older={first.history_id}'
            f'&amp;newer={second.history_id}" target="_blank" rel="noopener"')
    assert link in page
    assert 'value="Erin&#x27;s"' in page  # the kept text is still in the form
    compared = client_for(second_editor).get(
        f"{admin_url(Message, 'compare', message.pk)}?older={first.history_id}"
        f"&newer={second.history_id}").content.decode()
    assert 'diff-added">+ Eddie&#x27;s</span>' in compared


def test_a_repeated_title_gets_a_unique_address_by_itself(editor):
    make_message(title="Statement on the visa regime", slug="statement-on-the-visa-regime")
    response = add(client_for(editor), title="Statement on the visa regime",
                   slug="statement-on-the-visa-regime")
    assert response.status_code == 302
    assert Message.objects.filter(slug="statement-on-the-visa-regime-2").exists()


def test_a_typed_address_that_is_taken_names_the_message_that_has_it(editor):
    make_message(title="The first statement", slug="our-statement")
    response = add(client_for(editor), title="Another one", slug="our-statement")
    assert errors_of(response) == [
        "The address “our-statement” is already used by “The first statement” (published). "
        "Choose another, or leave it empty to have one made from the title."
    ]


def test_the_hint_survives_a_validation_error_and_is_a_sentence(editor):
    response = add(client_for(editor), title="x" * 301, published_at_0="2022-07-01",
                   published_at_1="18:00:00")
    assert response.status_code == 200
    help_text = str(response.context["adminform"].form.fields["published_at"].help_text)
    assert "That is <span class=\"zone-comparison\"" in help_text
    assert ">18:00 Moscow = 16:00 London</span>.</span>" in help_text
    empty = client_for(editor).get(admin_url(Statement, "add")).content.decode()
    assert '<span class="zone-sentence" hidden>' in empty


def test_djangos_own_server_time_note_is_hidden_by_the_desk_stylesheet(editor, client):
    page = client_for(editor).get(admin_url(Statement, "add")).content.decode()
    assert "css/admin_desk.css" in page
    stylesheet = b"".join(client.get("/static/css/admin_desk.css").streaming_content).decode()
    assert ".timezonewarning { display: none; }" in stylesheet


def test_the_opening_hours_say_they_are_the_offices_wall_clock(admin_client):
    page = admin_client.get(reverse("admin:embassy_consularoffice_add")).content.decode()
    assert "in the office&#x27;s local wall-clock time" in page


def test_force_publish_reason_is_named_the_same_everywhere(editor):
    message = make_message(status=Status.DRAFT)
    response = post_change(client_for(editor), message, status="published")
    page = response.content.decode()
    assert '<label for="id_force_publish_reason">Force-publish reason:</label>' in page
    assert "“Force-publish reason”" in " ".join(errors_of(response))


@pytest.mark.parametrize(("start", "changes", "said"), [
    (Status.DRAFT, {"status": "submitted"}, "Submitted for review: “A statement”."),
    (Status.SUBMITTED, {"status": "published", "published_at_0": "2022-07-01",
                        "published_at_1": "10:00:00"},
     "Published at 01.07.2022 10:00 Moscow time: “A statement”."),
    (Status.SUBMITTED, {"status": "published", "published_at_0": "2022-07-01",
                        "published_at_1": "18:00:00"},
     "Scheduled for 01.07.2022 18:00 Moscow time: “A statement”."),
    (Status.DRAFT, {"lead": "Changed."}, "Saved: “A statement”."),
    (Status.PUBLISHED, {"status": "withdrawn", "withdrawal_explanation": "In error."},
     "Withdrawn; its page now shows the withdrawal notice and your explanation: "
     "“A statement”."),
], ids=["submitted", "published", "scheduled", "saved", "withdrawn"])
def test_each_save_says_what_happened(writer, editor, start, changes, said):
    fields = {"submitted_by": writer} if start == Status.SUBMITTED else {}
    message = make_message(title="A statement", status=start, **fields)
    client = client_for(editor)
    response = post_change(client, message, **changes)
    assert response.status_code == 302
    shown = [str(m) for m in client.get(response["Location"]).context["messages"]]
    assert shown == [said]


def test_the_withdrawal_explanation_is_only_where_withdrawing_is_possible(writer, editor):
    def fields_for(user, message):
        page = client_for(user).get(admin_url(Message, "change", message.pk)).content.decode()
        return 'name="withdrawal_explanation"' in page

    draft = make_message(status=Status.DRAFT)
    scheduled = make_message(published_at=NOW + timedelta(hours=1))
    public = make_message(published_at=NOW - timedelta(hours=1))
    assert not fields_for(editor, draft) and not fields_for(editor, scheduled)
    assert fields_for(editor, public)
    assert not fields_for(writer, draft)


def test_revisions_record_categories_and_people(editor):
    message = make_message(status=Status.DRAFT)
    category, person = make_category(name="Visas"), make_person(name="The Ambassador")
    post_change(client_for(editor), message, categories=[category.pk], people=[person.pk])
    before, after = message.history.order_by("history_id")
    assert [c.category for c in after.categories.all()] == [category]
    assert message.history.count() == 2  # one revision for the save, lists included
    page = client_for(editor).get(
        f"{admin_url(Message, 'compare', message.pk)}?older={before.history_id}"
        f"&newer={after.history_id}").content.decode()
    assert "<h3>Categories</h3>" in page and "<ins>Visas</ins>" in page
    assert "<ins>The Ambassador</ins>" in page
    revisions = client_for(editor).get(admin_url(Message, "revisions", message.pk))
    assert "categories, people" in revisions.content.decode()


def test_a_duplicate_closure_date_gets_the_models_own_message(admin_client):
    from tests.embassy.test_consular_admin import office_form

    response = admin_client.post(reverse("admin:embassy_consularoffice_add"), office_form(
        closures=[{"date": "2030-12-25", "reason_en": "Christmas"},
                  {"date": "2030-12-25", "reason_en": "Christmas again"}],
    ))
    assert response.status_code == 200
    assert "This office already has a closure on that day." in response.content.decode()


def test_the_admin_carries_the_sites_name_and_its_login_page_an_h1(client, editor):
    with time_machine.travel(NOW, tick=False):
        login = client.get("/admin/login/").content.decode()
    assert "<h1>Log in to Embassy of the Russian Federation</h1>" in login
    index = client_for(editor).get("/admin/").content.decode()
    assert "Embassy of the Russian Federation: press desk</a>" in index
    assert "Django administration" not in index
