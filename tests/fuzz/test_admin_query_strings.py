"""No admin URL gives a 500 to a logged-in staff member, whatever its query string.

Every registered ModelAdmin's changelist and add form, and the autocomplete, with hypothesis
choosing the parameters (the ones each page understands, and others) and their values (NUL
bytes, numbers past any column, invalid patterns and encodings, …). A refused value is a 4xx
or Django's `?e=1` redirect (core/admin_site.py).
"""

from datetime import date

import pytest
from django.contrib import admin
from django.urls import reverse
from hypothesis import example, given, settings
from hypothesis import strategies as st

from counters.models import Incident
from press.models import Message
from tests.embassy.factories.consular import make_office, make_service
from tests.factories import make_category, make_message, make_person
from tests.fuzz.strategies import examples, query_strings, values

pytestmark = pytest.mark.django_db

LOOKUPS = ["", "__exact", "__iexact", "__contains", "__icontains", "__regex", "__iregex",
           "__in", "__gt", "__gte", "__lt", "__lte", "__range", "__isnull", "__startswith",
           "__year", "__month", "__day", "__date", "__id__exact", "__pk__in"]
ADMIN_PARAMETERS = ["q", "o", "p", "all", "e", "_facets", "_to_field", "_popup",
                    "_changelist_filters"]
MODEL_ADMINS = sorted(admin.site._registry.items(), key=lambda item: item[0]._meta.label)


def admin_id(item):
    return item[0]._meta.label


def changelist_parameters(model, model_admin):
    names = set(ADMIN_PARAMETERS)
    for field in [*model._meta.concrete_fields, *model._meta.many_to_many]:
        names.update(f"{field.name}{lookup}" for lookup in LOOKUPS)
    if model_admin.date_hierarchy:
        names.update(f"{model_admin.date_hierarchy}__{part}" for part in ["year", "month", "day"])
    return names


def add_form_parameters(model):
    fields = [*model._meta.concrete_fields, *model._meta.many_to_many]
    return {field.name for field in fields} | {"_changelist_filters", "_to_field", "_popup"}


@pytest.fixture
def superuser_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("root", password="pw")
    client.force_login(user)
    # Rows on every list, so filters, counts and date hierarchies have something to work on.
    category, person = make_category(), make_person()
    for status in Message.Status.values:
        make_message(status=status, categories=[category], people=[person],
                     withdrawal_explanation="Superseded.")
    Incident.objects.create(name="an incident", occurred_on=date(2018, 3, 4))
    make_office(), make_service()
    return client


def admin_url(model, view):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}")


def answered_without_error(client, url):
    response = client.get(url)
    assert response.status_code < 500, url
    return response


@pytest.mark.parametrize("model, model_admin", MODEL_ADMINS, ids=map(admin_id, MODEL_ADMINS))
def test_changelists_answer_any_query_string(superuser_client, model, model_admin):
    base = admin_url(model, "changelist")

    @settings(max_examples=examples(20))
    @given(query_strings(changelist_parameters(model, model_admin)))
    @example("name__range=1.5")  # found by `make fuzz`: SQLite was handed three parameters
    def check(query):
        answered_without_error(superuser_client, f"{base}?{query}")

    check()


@pytest.mark.parametrize("model, model_admin", MODEL_ADMINS, ids=map(admin_id, MODEL_ADMINS))
def test_add_forms_answer_any_query_string(superuser_client, model, model_admin):
    base = admin_url(model, "add")

    @settings(max_examples=examples(10))
    @given(query_strings(add_form_parameters(model)))
    def check(query):
        answered_without_error(superuser_client, f"{base}?{query}")

    check()


AUTOCOMPLETE_SOURCES = sorted(
    (model._meta.app_label, model._meta.model_name, field)
    for model, model_admin in admin.site._registry.items()
    for field in model_admin.autocomplete_fields
)


@settings(max_examples=examples(100))
@given(
    source=st.sampled_from(AUTOCOMPLETE_SOURCES),
    term=values,
    page=st.one_of(st.none(), values),
    junk=query_strings({"app_label", "model_name", "field_name", "term", "page"}),
)
@example(source=("press", "message", "categories"), term="%00", page=None, junk="")
@example(source=("press", "message", "people"), term="x%00y", page="99999999999999999999",
         junk="")
def test_the_autocomplete_answers_any_term_and_page(superuser_client, source, term, page, junk):
    app_label, model_name, field_name = source
    query = f"app_label={app_label}&model_name={model_name}&field_name={field_name}&term={term}"
    if page is not None:
        query += f"&page={page}"
    answered_without_error(superuser_client, f"{reverse('admin:autocomplete')}?{query}&{junk}")
