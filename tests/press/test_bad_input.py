"""Bad input on any list or feed gives a clear message or a 4xx, never a 500.

The archive page shows the form's errors and lists nothing; a feed answers 400 with the reasons
in plain text; a page number that names no page is a 404 on the pages that have pages.
"""

import pytest

from tests.factories import make_category, make_message, make_person
from tests.press.pages import NOW, listed_titles, page_text

pytestmark = [pytest.mark.django_db, pytest.mark.time_machine(NOW, tick=False)]

ARCHIVE = "/messages/"
CATEGORY_PAGE = "/categories/ukraine/"
FEEDS = ["/messages/feed/rss/", "/messages/feed/atom/", "/messages/feed.json"]
PAGED_LISTS = [ARCHIVE, CATEGORY_PAGE]

INVALID_FILTERS = [
    ("date_from=2022-13-45", "Enter a valid date."),
    ("date_to=2022-02-30", "Enter a valid date."),
    ("date_from=0001-01-01", "Ensure this value is greater than or equal to 1900-01-01."),
    ("date_to=9999-12-31", "Ensure this value is less than or equal to 2999-12-31."),
    ("date_from=2022-02-01&date_to=2022-01-01", "The “from” date is after the “to” date."),
    ("kind=gossip", "Select a valid choice. gossip is not one of the available choices."),
    ("kind=statement&kind=gossip", "gossip is not one of the available choices."),
    ("category=no-such-category", "Select a valid choice. no-such-category is not one"),
    ("person=nobody", "Select a valid choice. nobody is not one of the available choices."),
    ("year=twenty", "Enter a whole number."),
    ("year=99999", "Ensure this value is less than or equal to 2999."),
    ("year=-5", "Ensure this value is greater than or equal to 1900."),
    ("q=" + "x" * 10_000, "Ensure this value has at most 200 characters (it has 10000)."),
    ("q=%00", "Null characters are not allowed."),
    ("q=trains%00", "Null characters are not allowed."),
    ("kind=%00", "is not one of the available choices."),
    ("category=ukraine%00", "is not one of the available choices."),
    ("person=%00", "is not one of the available choices."),
    ("date_from=%00", "Enter a valid date."),
    ("year=%00", "Enter a whole number."),
]
QUERY_IDS = [query[:40] for query, _ in INVALID_FILTERS]

# Parameters that every list and feed accepts as they are: repeated, or not its own.
HARMLESS = [
    "kind=statement&kind=statement",
    "q=trains&q=statement",
    "category=no-such-category&category=ukraine",
    "year=2021&year=2022",
    "page=1&page=1",
    "utm_source=%00",
    "%00=%00",
]
UNUSABLE_PAGES = ["page=abc", "page=0", "page=-1", "page=2", "page=1.5", "page=%00",
                  "page=" + "9" * 400]


@pytest.fixture(autouse=True)
def archive(db):
    ukraine = make_category(name="Ukraine", slug="ukraine")
    make_person(slug="speaker")
    make_message(title="A statement on trains", kind="statement", categories=[ukraine])


@pytest.mark.parametrize("query, reason", INVALID_FILTERS, ids=QUERY_IDS)
def test_the_archive_shows_why_a_filter_is_invalid_and_lists_nothing(client, query, reason):
    response = client.get(f"{ARCHIVE}?{query}")

    assert response.status_code == 200
    text = page_text(response)
    assert reason in text
    assert "Some filters are not valid, so no messages are listed." in text
    assert "A statement on trains" not in text


@pytest.mark.parametrize("feed", FEEDS)
@pytest.mark.parametrize("query, reason", INVALID_FILTERS, ids=QUERY_IDS)
def test_a_feed_with_an_invalid_filter_is_refused_with_the_reason(client, feed, query, reason):
    response = client.get(f"{feed}?{query}")

    assert response.status_code == 400
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert reason in response.content.decode()


@pytest.mark.parametrize("url", [*PAGED_LISTS, *FEEDS])
@pytest.mark.parametrize("query", HARMLESS)
def test_repeated_and_unknown_parameters_are_harmless(client, url, query):
    response = client.get(f"{url}?{query}")

    assert response.status_code == 200
    assert "A statement on trains" in response.content.decode()


@pytest.mark.parametrize("url", PAGED_LISTS)
@pytest.mark.parametrize("query", UNUSABLE_PAGES)
def test_a_page_number_that_names_no_page_is_not_found(client, url, query):
    response = client.get(f"{url}?{query}")

    assert response.status_code == 404
    assert "Page not found" in page_text(response)


@pytest.mark.parametrize("feed", FEEDS)
@pytest.mark.parametrize("query", UNUSABLE_PAGES)
def test_feeds_have_no_pages_and_ignore_a_page_number(client, feed, query):
    assert client.get(f"{feed}?{query}").status_code == 200


def test_the_last_filter_value_wins_when_one_is_repeated(client):
    make_message(title="An interview", kind="interview")

    response = client.get(f"{ARCHIVE}?q=trains&q=interview")

    assert listed_titles(response) == ["An interview"]


@pytest.mark.parametrize("path", ["/messages/", "/consular/"])
def test_a_nul_byte_is_refused_and_not_echoed_back_into_the_page(client, path):
    response = client.get(path, {"q": "sanctions\x00"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "\x00" not in page
    assert 'aria-invalid="true"' in page  # the form says the search is refused
    assert 'value="sanctions"' in page  # what was typed, less the NUL
