"""A change form posted with keys of the wrong type in its autocomplete fields is re-rendered
with the form's message, never a 500 (Django would look the keys up as posted)."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from press.models import Message
from tests.factories import make_category, make_message, make_staff_user
from tests.press.admin_helpers import client_for, errors_of, post_change

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(db):
    return make_staff_user("Press editor")


@pytest.mark.parametrize("key", ["abc", "1.5", "\x00", "-", "99999999999999999999999"])
@pytest.mark.parametrize("field", ["categories", "people"])
def test_a_key_of_the_wrong_type_gets_the_forms_message(editor, field, key):
    category = make_category(name="Sanctions")
    message = make_message(status=Message.Status.DRAFT, categories=[category], title="Kept")

    response = post_change(client_for(editor), message, **{field: [key], "title": "Changed"})

    assert response.status_code == 200
    assert errors_of(response)
    message.refresh_from_db()
    assert (message.title, list(message.categories.all())) == ("Kept", [category])


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(keys=st.lists(st.text(max_size=30), min_size=1, max_size=3))
def test_any_posted_keys_are_answered_without_a_500(editor, keys):
    message = make_message(status=Message.Status.DRAFT)
    response = post_change(client_for(editor), message, categories=keys, people=keys)
    assert response.status_code in (200, 302)
