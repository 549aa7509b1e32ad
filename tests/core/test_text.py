"""Stored text carries no control character (but tab, newline and return), however it is saved.

One such character, common in text pasted from Word, used to take the RSS and Atom feeds down.
"""

import pytest
from django.apps import apps
from django.db import models
from django.urls import reverse
from hypothesis import given
from hypothesis import strategies as st

from core.site_settings import SiteSettings
from core.text import (
    CONTROL_CHARACTERS,
    WithoutControlCharacters,
    clean_stored_rows,
    has_control_characters,
    without_control_characters,
)
from press.models import Message
from tests.factories import make_category, make_message, make_staff_user
from tests.press.admin_helpers import client_for, post_change

OUR_APPS = ["core", "press", "counters", "embassy"]
# Text fields whose values are refused unless they are of a fixed shape: a choice, a slug, an
# e-mail address (EmailValidator refuses control characters), an IANA zone.
SHAPED_FIELDS = (models.SlugField, models.EmailField)
# Not on any page or feed: why a revision was made, shown in the admin's revision list only.
NOT_SHOWN = {"press.HistoricalMessage.history_change_reason"}
C0_CONTROLS = [chr(code) for code in range(0x20) if chr(code) not in "\t\n\r"]


def test_each_c0_control_but_tab_newline_and_return_is_removed():
    text = "a" + "".join(C0_CONTROLS) + "\t\n\r" + "b"

    cleaned = without_control_characters(text)

    assert not has_control_characters(cleaned)
    assert cleaned.startswith("a") and cleaned.endswith("\t\n\rb")


def test_words_line_breaks_and_hyphens_keep_their_meaning():
    pasted = "First line\x0bsecond\x0cthird, a non\x1ebreaking and an op\x1ftional hyphen"

    assert without_control_characters(pasted) == (
        "First line\nsecond\nthird, a non\u2011breaking and an op\u00adtional hyphen"
    )
    assert without_control_characters("Title\x0bcontinued", single_line=True) == (
        "Title continued"
    )


@given(st.text())
def test_cleaning_removes_every_control_and_keeps_every_other_character(text):
    cleaned = without_control_characters(text)

    assert not CONTROL_CHARACTERS.search(cleaned)
    assert without_control_characters(cleaned) == cleaned
    kept = [character for character in text if not CONTROL_CHARACTERS.match(character)]
    assert [character for character in cleaned if character not in "\n\u2011\u00ad"] == [
        character for character in kept if character not in "\n\u2011\u00ad"
    ]


def text_fields():
    for app_label in OUR_APPS:
        for model in apps.get_app_config(app_label).get_models():
            for field in model._meta.concrete_fields:
                if (
                    isinstance(field, models.CharField | models.TextField)
                    and not isinstance(field, SHAPED_FIELDS)
                    and not field.choices
                    and f"{model._meta.label}.{field.name}" not in NOT_SHOWN
                ):
                    yield pytest.param(field, id=f"{model._meta.label}.{field.name}")


@pytest.mark.parametrize("field", list(text_fields()))
def test_every_free_text_field_of_every_model_stores_text_without_controls(field):
    assert isinstance(field, WithoutControlCharacters)


@pytest.mark.django_db
def test_saving_outside_any_form_stores_the_text_clean():
    category = make_category(name="Word\x0bpaste\x00")
    message = make_message(title="A\x0btitle", lead="A\x0blead\x07", body="A *body*\x0b.",
                           categories=[category])

    message.refresh_from_db()
    category.refresh_from_db()
    assert (message.title, message.lead, message.body) == ("A title", "A\nlead", "A *body*\n.")
    assert not has_control_characters(message.body_html)
    assert category.name == "Word paste"
    assert message.history.first().title == "A title"  # the revision too


@pytest.mark.django_db
def test_an_admin_form_pasted_from_word_is_saved_clean():
    editor = make_staff_user("Press editor")
    message = make_message(status=Message.Status.DRAFT)

    response = post_change(client_for(editor), message, title="Pasted\x0btitle",
                           lead="Line one\x0bline two")

    assert response.status_code == 302, response.content.decode()[:2000]
    message.refresh_from_db()
    assert (message.title, message.lead) == ("Pasted title", "Line one\nline two")


@pytest.mark.django_db
def test_the_site_settings_form_stores_the_site_name_clean(client, django_user_model):
    admin = django_user_model.objects.create_superuser("root", password="pw")
    client.force_login(admin)
    SiteSettings.load()

    response = client.post(reverse("admin:core_sitesettings_change", args=[1]), {
        # The consular phone is no longer a site setting (issue 12): it is the consular
        # section's office row, a clean field there too. The site name is written per language.
        "site_name_en": "Embassy\x0b of\x01 the realm", "consular_email": "",
        "home_latest_count": 10,
    })

    assert response.status_code == 302
    stored = SiteSettings.objects.get()
    assert stored.site_name == "Embassy  of the realm"


@pytest.mark.django_db
def test_the_data_migrations_helper_cleans_rows_written_around_the_model():
    clean = make_message(title="Clean")
    dirty = make_message()
    # A raw UPDATE skips the fields' cleaning, as rows written before it did.
    Message.objects.filter(pk=dirty.pk).update(title="Dirty\x0btitle", lead="lead\x0b\x1f")

    clean_stored_rows(Message, ["title", "lead"])

    dirty.refresh_from_db()
    assert (dirty.title, dirty.lead) == ("Dirty title", "lead\n\u00ad")
    clean.refresh_from_db()
    assert clean.version == 1  # untouched rows are not rewritten
