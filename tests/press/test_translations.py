"""Linked translations: a message and its translation in the other language, each on its own.

Staff link a translation in the change form, or make one with "Add translation"; the rules
refuse a link that would not make a pair of one message in each language.
"""

import pytest

from press.models import Message
from tests.factories import make_category, make_message, make_person, make_staff_user
from tests.press.admin_helpers import admin_url, client_for, errors_of, post_change
from tests.press.pages import NOW

pytestmark = [pytest.mark.django_db, pytest.mark.time_machine(NOW, tick=False)]

Status = Message.Status


def draft(**fields):
    return make_message(status=Status.DRAFT, **fields)


# Linking in the change form: refused with a clear message.


def test_a_translation_is_linked_in_the_change_form(editor):
    english = make_message(title="Statement")
    russian = draft(title="Заявление", language="ru")

    response = post_change(client_for(editor), russian, translation_of=english.pk)

    assert response.status_code == 302
    russian.refresh_from_db()
    assert russian.translation_of == english
    assert english.translated_as == russian


def test_a_message_cannot_be_its_own_translation(editor):
    message = draft(title="Alone", language="ru")

    response = post_change(client_for(editor), message, translation_of=message.pk)

    assert response.status_code == 200
    assert "A message cannot be its own translation." in errors_of(response)
    message.refresh_from_db()
    assert message.translation_of is None


def test_a_translation_must_be_in_the_other_language(editor):
    english = make_message(title="Statement")
    also_english = draft(title="Another statement")

    response = post_change(client_for(editor), also_english, translation_of=english.pk)

    assert errors_of(response) == [
        "“Statement” is in English too: a translation is in the other language."
    ]


def test_a_message_that_already_has_a_translation_cannot_take_another(editor):
    english = make_message(title="Statement")
    draft(title="Заявление", language="ru", translation_of=english)
    second = draft(title="Ещё одно заявление", language="ru")

    response = post_change(client_for(editor), second, translation_of=english.pk)

    assert errors_of(response) == ["“Statement” already has a translation: “Заявление”."]


def test_a_translation_cannot_be_the_original_of_another_pair(editor):
    english = make_message(title="Statement")
    russian = draft(title="Заявление", language="ru", translation_of=english)
    other_english = draft(title="Other statement")

    response = post_change(client_for(editor), other_english, translation_of=russian.pk)

    assert errors_of(response) == ["“Заявление” already has a translation: “Statement”."]


def test_a_message_with_a_translation_cannot_also_translate_another(editor):
    english = make_message(title="Statement")
    draft(title="Заявление", language="ru", translation_of=english)
    other_russian = make_message(title="Другое заявление", language="ru")

    response = post_change(client_for(editor), english, translation_of=other_russian.pk)

    assert errors_of(response) == [
        "This message already has a translation, “Заявление”, so it cannot also be the "
        "translation of another message."
    ]


def test_switching_to_the_language_of_its_translation_is_refused(editor):
    english = make_message(title="Statement")
    draft(title="Заявление", language="ru", translation_of=english)

    response = post_change(client_for(editor), english, language="ru")

    assert errors_of(response) == [
        "“Заявление” is linked to this message as its translation and is in Russian too: a "
        "pair needs one message in each language. Unlink it first."
    ]


def test_an_unknown_message_or_language_is_refused_not_a_500(editor):
    message = draft(title="Statement")
    client = client_for(editor)

    assert post_change(client, message, translation_of="999999").status_code == 200
    assert post_change(client, message, translation_of="not-a-number").status_code == 200
    assert post_change(client, message, language="de").status_code == 200
    message.refresh_from_db()
    assert (message.translation_of, message.language) == (None, "en")


# "Add translation"


def add_translation(client, message):
    return client.post(admin_url(Message, "add_translation", message.pk))


def test_add_translation_makes_a_linked_draft_in_the_other_language(writer):
    category, person = make_category(), make_person()
    english = make_message(
        title="Statement", kind=Message.Kind.COMMENT, outlet="TASS",
        categories=[category], people=[person],
    )

    response = add_translation(client_for(writer), english)

    russian = Message.objects.get(translation_of=english)
    assert response.status_code == 302
    assert response["Location"] == admin_url(Message, "change", russian.pk)
    assert (russian.language, russian.status, russian.kind, russian.outlet) == (
        "ru", Status.DRAFT, Message.Kind.COMMENT, "TASS"
    )
    assert russian.slug == f"{english.slug}-ru"
    assert list(russian.categories.all()) == [category]
    assert list(russian.people.all()) == [person]
    assert russian.events.get().action == "created"  # through the workflow, like any message


def test_add_translation_works_from_russian_to_english_too(writer):
    russian = make_message(title="Заявление", slug="zayavlenie", language="ru")

    add_translation(client_for(writer), russian)

    assert Message.objects.get(translation_of=russian).language == "en"


def test_add_translation_is_refused_when_there_is_one_already(writer):
    english = make_message(title="Statement")
    draft(title="Заявление", language="ru", translation_of=english)
    client = client_for(writer)

    response = add_translation(client, english)

    assert response.status_code == 302
    assert Message.objects.count() == 2
    page = client.get(response["Location"]).text
    assert "“Statement” already has a translation: “Заявление”." in page
    assert "Add translation" not in page


def test_the_change_form_offers_add_translation_and_shows_the_pair(writer):
    english = make_message(title="Statement", status=Status.DRAFT)
    client = client_for(writer)

    assert "Add translation (Russian)" in client.get(admin_url(Message, "change", english.pk)).text

    russian = draft(title="Заявление", language="ru", translation_of=english)
    page = client.get(admin_url(Message, "change", english.pk)).text
    assert "Add translation" not in page
    assert admin_url(Message, "change", russian.pk) in page  # the pair, linked


def test_add_translation_needs_a_post_and_the_right_to_add(client, writer):
    english = make_message(title="Statement")
    url = admin_url(Message, "add_translation", english.pk)
    assert client_for(writer).get(url).status_code == 405
    client.force_login(make_staff_user())  # staff, in no press group
    assert client.post(url).status_code == 403
    assert not Message.objects.filter(translation_of=english).exists()


# Each translation goes through the workflow on its own.


def test_publishing_one_side_never_publishes_the_other(editor, second_editor):
    english = draft(title="Statement")
    russian = draft(title="Заявление", language="ru", translation_of=english)

    for user, status in [(editor, Status.SUBMITTED), (second_editor, Status.PUBLISHED)]:
        response = post_change(client_for(user), russian, status=status,
                               published_at_0="2022-01-25", published_at_1="01:18:00")
        assert response.status_code == 302, errors_of(response)
        russian.refresh_from_db()

    english.refresh_from_db()
    assert russian.status == Status.PUBLISHED
    assert english.status == Status.DRAFT
    assert not english.events.exists()


def test_withdrawing_one_side_leaves_the_other_public(editor):
    english = make_message(title="Statement")
    russian = make_message(title="Заявление", language="ru", translation_of=english)

    response = post_change(client_for(editor), russian, status=Status.WITHDRAWN,
                           withdrawal_explanation="Ошибка перевода.")

    assert response.status_code == 302, errors_of(response)
    english.refresh_from_db()
    assert english.status == Status.PUBLISHED


def test_an_editor_adds_a_russian_translation_and_publishes_it_on_its_own(
    client, writer, editor
):
    """The issue's walkthrough: an English statement, its Russian translation made with
    "Add translation", translated, reviewed and published; the two pages then link each other."""
    english = make_message(title="Statement on sanctions", lead="The lead.")
    version_before = english.version

    add_translation(client_for(writer), english)
    russian = Message.objects.get(translation_of=english)
    response = post_change(
        client_for(writer), russian, title="Заявление о санкциях", slug="zayavlenie-o-sankciyah",
        lead="Анонс.", body="Текст.", status=Status.SUBMITTED,
    )
    assert response.status_code == 302, errors_of(response)
    russian.refresh_from_db()
    response = post_change(
        client_for(editor), russian, status=Status.PUBLISHED,
        published_at_0="2022-01-25", published_at_1="01:18:00",
    )
    assert response.status_code == 302, errors_of(response)

    russian.refresh_from_db()
    english.refresh_from_db()
    assert russian.state == Message.State.PUBLIC
    assert english.version == version_before  # the English row was never written
    page = client.get(russian.get_absolute_url()).text
    assert russian.get_absolute_url().startswith("/ru/messages/2022/01/25/")
    assert f'hreflang="en" href="http://testserver{english.get_absolute_url()}"' in page
    assert "Заявление о санкциях" in client.get("/ru/messages/").text
    assert "Заявление о санкциях" not in client.get("/messages/").text
