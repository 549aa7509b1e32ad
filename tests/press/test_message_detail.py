"""A message's own page: everything about it, at a home-zone dated address, or 404."""

from datetime import timedelta

import pytest

from press.models import Message
from tests.factories import make_category, make_message, make_person
from tests.press.pages import NOW, page_text, url_of

pytestmark = [pytest.mark.django_db, pytest.mark.time_machine(NOW, tick=False)]


def test_the_page_shows_title_kind_date_people_outlet_categories_and_body(client):
    grushko = make_person(name="Alexander Grushko", position="Deputy Foreign Minister",
                          slug="alexander-grushko")
    security = make_category(name="European security", slug="european-security")
    message = make_message(
        kind=Message.Kind.INTERVIEW, title="Interview on NATO", outlet="Rossiyskaya Gazeta",
        people=[grushko], categories=[security], body="**Question:** what next?",
        published_at=NOW.replace(month=12, year=2021, day=20, hour=9),
    )

    response = client.get(url_of(message))

    content, text = response.content.decode(), page_text(response)
    assert (
        "Interview Interview on NATO 20.12.2021 · Alexander Grushko, Deputy Foreign Minister "
        "· Rossiyskaya Gazeta"
    ) in text
    assert "<h1>Interview on NATO</h1>" in content
    assert "<strong>Question:</strong> what next?" in content
    assert 'href="/categories/european-security/">European security</a>' in content
    assert 'href="/messages/?person=alexander-grushko"' in content


def test_the_body_is_sanitised(client):
    message = make_message(body='Hello <script>alert(1)</script> [x](javascript:alert(1))')

    content = client.get(url_of(message)).content.decode()

    assert "<script>alert" not in content
    assert "javascript:" not in content


def test_the_page_carries_a_canonical_link_opengraph_and_a_print_stylesheet(client):
    message = make_message(title="A statement", lead="What it says.")

    content = client.get(url_of(message)).content.decode()

    canonical = f"http://testserver{url_of(message)}"
    assert f'<link rel="canonical" href="{canonical}">' in content
    assert f'<meta property="og:url" content="{canonical}">' in content
    assert '<meta property="og:title" content="A statement">' in content
    assert '<meta property="og:description" content="What it says.">' in content
    assert '<meta property="og:type" content="article">' in content
    assert 'href="/static/css/print.css" media="print"' in content


def test_previous_and_next_link_the_neighbouring_public_messages(client):
    older = make_message(title="Older", published_at=NOW - timedelta(days=3))
    make_message(title="Draft between", status=Message.Status.DRAFT,
                 published_at=NOW - timedelta(days=2))
    message = make_message(title="Middle", published_at=NOW - timedelta(days=2))
    newer = make_message(title="Newer", published_at=NOW - timedelta(days=1))
    make_message(title="Scheduled", published_at=NOW + timedelta(days=1))

    response = client.get(url_of(message))

    assert response.context["previous_message"].title == "Older"
    assert response.context["next_message"].title == "Newer"
    content = response.content.decode()
    assert f'<a rel="prev" href="{url_of(older)}">Older</a>' in content
    assert f'<a rel="next" href="{url_of(newer)}">Newer</a>' in content


def test_messages_at_the_same_instant_still_have_a_stable_order(client):
    first = make_message(title="First", published_at=NOW - timedelta(hours=2))
    second = make_message(title="Second", published_at=NOW - timedelta(hours=2))

    assert client.get(url_of(first)).context["next_message"].title == "Second"
    assert client.get(url_of(second)).context["previous_message"].title == "First"
    assert client.get(url_of(second)).context["next_message"] is None


def test_the_newest_and_oldest_have_one_neighbour(client):
    only = make_message(title="Only")

    response = client.get(url_of(only))

    assert response.context["previous_message"] is None
    assert response.context["next_message"] is None
    assert 'rel="prev"' not in response.content.decode()


def test_the_address_carries_the_home_zone_date(client):
    # 23:30 in London on 23 January is 02:30 on the 24th in Moscow.
    message = make_message(slug="late", published_at=NOW.replace(day=23, hour=23, minute=30))

    assert url_of(message) == "/messages/2022/01/24/late/"
    assert client.get("/messages/2022/01/24/late/").status_code == 200
    assert client.get("/messages/2022/01/23/late/").status_code == 404


def test_a_message_dated_today_in_the_home_zone_is_found_while_london_is_still_on_yesterday(
    client,
):
    # 21:30 UTC on the 24th is 00:30 on the 25th in Moscow; the server's UTC date is the 24th.
    message = make_message(slug="just-after-midnight", published_at=NOW.replace(hour=21, minute=30))

    assert client.get("/messages/2022/01/25/just-after-midnight/").status_code == 200
    assert url_of(message) == "/messages/2022/01/25/just-after-midnight/"


@pytest.mark.parametrize(
    "status, published_at",
    [
        (Message.Status.DRAFT, NOW - timedelta(days=1)),
        (Message.Status.SUBMITTED, NOW - timedelta(days=1)),
        (Message.Status.PUBLISHED, NOW + timedelta(minutes=1)),
    ],
    ids=["draft", "submitted", "future-dated"],
)
def test_a_message_that_is_not_public_is_not_found(client, status, published_at):
    message = make_message(status=status, published_at=published_at)

    response = client.get(url_of(message))

    assert response.status_code == 404
    assert "Page not found" in page_text(response)


@pytest.mark.parametrize(
    "path",
    [
        "/messages/2022/13/45/a-statement/",
        "/messages/2022/01/%00/a-statement/",
        "/messages/2022/1x/24/a-statement/",
        "/messages/99999/01/24/a-statement/",
        "/messages/9999/12/31/a-statement/",
        "/messages/0/01/01/a-statement/",
        "/messages/2022/01/24/no-such-message/",
    ],
)
def test_a_malformed_or_unknown_address_is_not_found(client, path):
    make_message(slug="a-statement")

    assert client.get(path).status_code == 404
