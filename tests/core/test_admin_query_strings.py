"""The admin answers the crafted links of the attack as Django answers invalid lookups (a
redirect to `?e=1`), and prefills an add form only with values its fields accept."""

import json

import pytest
from django.contrib import admin

from press.models import Message
from tests.factories import make_category, make_message, make_person, make_staff_user
from tests.press.admin_helpers import admin_url, client_for

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/press/message/"
INVALID_LOOKUPS = [
    "published_at__year=9223372036854775808",
    "published_at__year=2022&published_at__month=99999999999999999999",
    "title__regex=(",
    "title__iregex=[",
    "status__exact=%00",
    "kind__exact=%00",
    "title__contains=x%00",
    "published_at__range=1",
    "title__range=1.5",
    "title__range=a,b,c",
]


@pytest.fixture
def editor_client(db):
    category = make_category(name="Sanctions")
    make_message(title="A statement on sanctions", categories=[category])
    return client_for(make_staff_user("Press editor"))


def test_every_registered_admin_is_guarded():
    from core.admin_site import QueryStringGuard

    assert all(isinstance(model_admin, QueryStringGuard)
               for model_admin in admin.site._registry.values())


@pytest.mark.parametrize("query", INVALID_LOOKUPS)
def test_an_invalid_lookup_redirects_to_the_plain_changelist(editor_client, query):
    response = editor_client.get(f"{CHANGELIST}?{query}")

    assert response.status_code == 302
    assert response["Location"] == f"{CHANGELIST}?e=1"
    assert editor_client.get(response["Location"]).status_code == 200


@pytest.mark.parametrize("term", ["sanctions%00", "%00sanctions", "sanc%0btions"])
def test_a_search_with_control_characters_searches_for_the_text_less_them(editor_client, term):
    response = editor_client.get(f"{CHANGELIST}?q={term}")

    assert response.status_code == 200
    assert "A statement on sanctions" in response.content.decode()


def test_the_autocomplete_answers_a_term_with_a_nul(editor_client):
    response = editor_client.get(
        "/admin/autocomplete/?app_label=press&model_name=message&field_name=categories"
        "&term=Sanc%00tions"
    )

    assert response.status_code == 200
    assert [result["text"] for result in json.loads(response.content)["results"]] == [
        "Sanctions"
    ]


@pytest.mark.parametrize("query", [
    "categories=x", "categories=1,x", "categories=99999999999999999999999", "people=%00",
    "published_at=garbage", "kind=gossip", "title=" + "x" * 400,
])
def test_the_add_form_leaves_out_a_prefill_its_field_refuses(editor_client, query):
    response = editor_client.get(f"/admin/press/message/add/?{query}")

    assert response.status_code == 200
    name = query.split("=")[0]
    assert response.context["adminform"].form.initial.get(name) in (None, "", [])


def test_the_add_form_still_takes_a_usable_prefill(editor_client):
    person = make_person(name="A speaker")

    response = editor_client.get(
        admin_url(Message, "add") + f"?title=Prefilled&people={person.pk}&kind=interview"
    )

    initial = response.context["adminform"].form.initial
    assert (initial["title"], initial["people"], initial["kind"]) == (
        "Prefilled", [person.pk], "interview"
    )
