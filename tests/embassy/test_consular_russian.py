"""The consular lookup in Russian: the offices, services and regions by their Russian names,
found by the words of either language, open or closed in Russian words."""

from datetime import UTC, datetime

import pytest
from django.core.management import call_command

from tests.press.pages import page_text

pytestmark = [pytest.mark.django_db]

# A Monday, 10:00 in London: the consular section is open (09:30–12:30).
MONDAY_MORNING = datetime(2022, 1, 24, 10, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def demo(db):
    call_command("load_demo")


def offices_found(client, path, **query):
    response = client.get(path, query)
    assert response.status_code == 200
    return [office.slug for office in response.context["offices"]]


@pytest.mark.time_machine(MONDAY_MORNING, tick=False)
def test_the_russian_lookup_reads_in_russian(client):
    text = page_text(client.get("/ru/consular/"))

    for russian in ("Консульский отдел посольства", "Генеральное консульство в Эдинбурге",
                    "Паспорта", "Шотландия", "Сейчас открыто — закроется в 12:30",
                    "Соединённое Королевство", "Понедельник 09:30–12:30"):
        assert russian in text
    for english in ("Consular Section of the Embassy", "Passports", "Scotland", "Open now"):
        assert english not in text


def test_an_office_is_found_by_its_name_or_city_in_either_language(client):
    for path in ("/consular/", "/ru/consular/"):
        for word in ("Edinburgh", "Эдинбург", "Паспорта"):
            found = offices_found(client, path, q=word)
            assert "consulate-general-edinburgh" in found, (path, word)


@pytest.mark.time_machine(datetime(2022, 1, 22, 12, 0, tzinfo=UTC), tick=False)  # Saturday
def test_a_closed_office_says_when_it_opens_in_russian(client):
    text = page_text(client.get("/ru/consular/embassy-consular-section/"))
    assert "Закрыто — откроется: Понедельник, 09:30" in text
    english = page_text(client.get("/consular/embassy-consular-section/"))
    assert "Closed — opens Monday at 09:30" in english
