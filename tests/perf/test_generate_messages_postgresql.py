"""`manage.py generate_messages N` on PostgreSQL: the search words it loads are the trigger's."""

import io

import pytest
from django.core.management import call_command
from django.db import connection

from press.management import postgresql_load
from press.models import Message

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.parametrize("role_may_leave_out_triggers", [True, False])
def test_the_search_words_are_what_the_search_trigger_makes(
    monkeypatch, role_may_leave_out_triggers
):
    # The load joins each message's words from its pieces' words, with the trigger left out
    # where the role may; where it may not, the trigger finds them as it always does.
    if not role_may_leave_out_triggers:
        monkeypatch.setattr(postgresql_load, "_leave_out_triggers", lambda cursor: False)
    call_command("generate_messages", "300", stdout=io.StringIO())
    loaded = dict(Message.objects.values_list("id", "search_document"))
    with connection.cursor() as cursor:
        # An update of the language (to itself) has the trigger find the words again.
        cursor.execute("UPDATE press_message SET language = language")

    found = dict(Message.objects.values_list("id", "search_document"))
    assert len(loaded) == 300 and all(loaded.values())
    assert loaded == found
