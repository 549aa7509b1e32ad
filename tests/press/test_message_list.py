"""/messages/: every public message, newest first, 20 a page, with filters that combine."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from press import selectors
from tests.factories import make_category, make_message, make_person
from tests.press.pages import NOW, listed_titles, page_text

pytestmark = [pytest.mark.django_db, pytest.mark.time_machine(NOW, tick=False)]


def test_messages_come_newest_first_twenty_a_page(client):
    for hours in range(25):
        make_message(title=f"Item {hours}", published_at=NOW - timedelta(hours=hours + 1))

    first = client.get("/messages/")
    second = client.get("/messages/?page=2")

    assert listed_titles(first) == [f"Item {hours}" for hours in range(20)]
    assert listed_titles(second) == [f"Item {hours}" for hours in range(20, 25)]
    assert "25 messages." in page_text(first)
    assert "Page 1 of 2" in page_text(first)
    # A later page is still the whole archive, not a filtered list: no "match", and the
    # filters stay folded.
    assert "25 messages." in page_text(second)
    assert "match" not in page_text(second)
    assert b'<details class="filters sidebar-first" data-open-from="64rem">' in second.content


def test_each_message_is_listed_as_date_dash_title_with_its_lead(client):
    make_message(title="A comment", lead="The lead.", published_at=NOW - timedelta(days=1))

    # 22:18 UTC on the 23rd is 01:18 on the 24th in Moscow.
    assert "24.01.2022 - A comment The lead." in page_text(client.get("/messages/"))


def test_kinds_combine_with_or_and_other_filters_with_and(client):
    ukraine, kazakhstan = make_category(slug="ukraine"), make_category(slug="kazakhstan")
    make_message(title="Statement on Ukraine", kind="statement", categories=[ukraine])
    make_message(title="Comment on Ukraine", kind="comment", categories=[ukraine])
    make_message(title="Interview on Ukraine", kind="interview", categories=[ukraine])
    make_message(title="Statement on Kazakhstan", kind="statement", categories=[kazakhstan])

    response = client.get("/messages/?kind=statement&kind=comment&category=ukraine")

    assert sorted(listed_titles(response)) == ["Comment on Ukraine", "Statement on Ukraine"]
    assert "2 messages match." in page_text(response)


def test_person_and_year_filters(client):
    lavrov = make_person(slug="sergey-lavrov")
    make_message(title="2021 remarks", people=[lavrov], published_at=NOW - timedelta(days=40))
    make_message(title="2022 remarks", people=[lavrov], published_at=NOW - timedelta(days=1))
    make_message(title="2022 statement", published_at=NOW - timedelta(days=1))

    lavrov_in_2022 = client.get("/messages/?person=sergey-lavrov&year=2022")
    assert listed_titles(lavrov_in_2022) == ["2022 remarks"]
    lavrov_in_2021 = client.get("/messages/?person=sergey-lavrov&year=2021")
    assert listed_titles(lavrov_in_2021) == ["2021 remarks"]


def test_dates_from_and_to_are_home_zone_days_and_inclusive(client):
    # 22:30 UTC on 20 January is 01:30 on the 21st in Moscow: it belongs to the 21st.
    make_message(title="Late on the 20th in London", published_at=NOW.replace(day=20, hour=22))
    make_message(title="On the 20th", published_at=NOW.replace(day=20, hour=12))
    make_message(title="On the 22nd", published_at=NOW.replace(day=22, hour=12))

    assert listed_titles(client.get("/messages/?date_from=2022-01-21&date_to=2022-01-21")) == [
        "Late on the 20th in London"
    ]
    assert listed_titles(client.get("/messages/?date_to=2022-01-20")) == ["On the 20th"]
    assert listed_titles(client.get("/messages/?date_from=2022-01-21")) == [
        "On the 22nd", "Late on the 20th in London"
    ]


def test_search_finds_every_word_in_title_lead_or_body(client):
    make_message(title="Open Skies", lead="The treaty.", body="Russia withdraws.")
    make_message(title="Kazakhstan", lead="The situation improves.", body="Trains run.")

    assert listed_titles(client.get("/messages/?q=skies")) == ["Open Skies"]
    assert listed_titles(client.get("/messages/?q=TREATY withdraws")) == ["Open Skies"]
    assert listed_titles(client.get("/messages/?q=trains")) == ["Kazakhstan"]
    assert listed_titles(client.get("/messages/?q=skies trains")) == []


def test_a_search_combines_with_the_other_filters(client):
    make_message(title="Statement on trains", kind="statement")
    make_message(title="Comment on trains", kind="comment")

    assert listed_titles(client.get("/messages/?q=trains&kind=comment")) == ["Comment on trains"]


def test_the_form_keeps_its_values_and_the_pager_keeps_the_filters(client):
    category = make_category(slug="ukraine")
    for hours in range(21):
        make_message(
            kind="statement", categories=[category], published_at=NOW - timedelta(hours=hours + 1)
        )

    response = client.get("/messages/?kind=statement&category=ukraine&q=message")

    content = response.content.decode()
    assert 'value="statement" id="id_kind_0" checked' in content
    assert '<option value="ukraine" selected>' in content
    assert 'value="message"' in content
    assert 'href="?kind=statement&amp;category=ukraine&amp;q=message&amp;page=2"' in content
    assert listed_titles(client.get("/messages/?kind=statement&category=ukraine&q=message&page=2"))


def test_it_says_plainly_when_no_message_matches(client):
    make_message(title="A statement", kind="statement")

    response = client.get("/messages/?kind=interview")

    assert listed_titles(response) == []
    assert "No messages match these filters." in page_text(response)


def test_an_empty_archive_says_so(client):
    assert "No messages have been published yet." in page_text(client.get("/messages/"))


def test_a_list_loads_only_the_columns_it_shows(client):
    make_message(title="A statement", body="A long body " * 100)

    with CaptureQueriesContext(connection) as queries:
        assert client.get("/messages/").status_code == 200

    reads = [query["sql"] for query in queries if 'FROM "press_message"' in query["sql"]]
    assert reads
    assert not [sql for sql in reads if '"body' in sql.split(" FROM ")[0]]


def test_the_archive_may_be_cached_publicly_and_offers_its_filtered_feeds(client):
    response = client.get("/messages/?kind=statement&page=1")

    assert "public" in response.headers["Cache-Control"]
    assert "s-maxage=300" in response.headers["Cache-Control"]
    assert 'href="/messages/feed/rss/?kind=statement"' in response.content.decode()


@pytest.mark.parametrize("address", ["/messages/", "/messages/?page=2", "/categories/ukraine/"])
def test_an_unfiltered_page_builds_no_queryset_once_its_count_is_kept(
    client, monkeypatch, address
):
    ukraine = make_category(slug="ukraine")
    for hours in range(25):
        make_message(categories=[ukraine], published_at=NOW - timedelta(hours=hours + 1))
    client.get(address)  # counts the list, once per content version

    built = []
    real = selectors.message_list
    monkeypatch.setattr(selectors, "message_list", lambda *a, **k: built.append(a) or real(*a, **k))
    response = client.get(address)

    assert response.status_code == 200
    assert "25 messages" in page_text(response)
    assert built == []  # its ids came by compiled SQL, its count from what is kept
