"""The Russian site's header at the reference instant: the same facts, in Russian words.

2022-01-24 22:18 UTC is already 01:18 on the 25th in Moscow (the home zone): the date is in the
genitive ("25 января 2022"), the clocks carry their Russian labels, and the counters take the
Russian plural forms ("1423 дня", "1415 дней").
"""

import pytest
from django.core.management import call_command

from tests.embassy.test_header_reference import REFERENCE_INSTANT, assert_in_order, visible_text

NOTE_RU = "нет достоверной информации и ответа британских властей"
REFERENCE_HEADER_RU = [
    "25 января 2022",
    "Москва: 01:18",
    "Лондон: 22:18",
    "Консульские вопросы: +44 (0) 203 668 7474",
    f"1423 дня прошло с инцидента в Солсбери - {NOTE_RU}",
    f"1415 дней прошло с гибели Николая Глушкова на британской земле - {NOTE_RU}",
]

pytestmark = [pytest.mark.django_db, pytest.mark.time_machine(REFERENCE_INSTANT, tick=False)]


def test_the_russian_home_page_header_reads_in_russian(client):
    call_command("load_demo")
    response = client.get("/ru/")
    assert response.status_code == 200
    assert response["Content-Language"] == "ru"
    html = response.content.decode()
    assert '<html lang="ru">' in html
    text = visible_text(html)
    assert_in_order(text, [*REFERENCE_HEADER_RU, "Посольство Российской Федерации", "Главная"])
    for english in ("January", "Moscow", "days have passed", "Consular queries"):
        assert english not in text


def test_every_russian_page_has_the_russian_header(client):
    call_command("load_demo")
    for path in ("/ru/messages/", "/ru/categories/", "/ru/consular/", "/ru/no-such-page/"):
        text = visible_text(client.get(path).content.decode())
        assert_in_order(text, REFERENCE_HEADER_RU)


def test_names_without_a_russian_version_read_in_english_on_the_russian_site(client):
    call_command("load_demo")
    from counters.models import Incident

    incident = Incident.objects.get(name_en="the Salisbury incident")
    incident.name_ru = ""
    incident.save()

    text = visible_text(client.get("/ru/").content.decode())

    assert "1423 дня прошло с the Salisbury incident" in text
