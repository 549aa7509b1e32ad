"""The archive's search box: full-text search on PostgreSQL, every word by substring on SQLite.

Every test runs on both databases. Where the two answer differently by design (PostgreSQL
matches stemmed whole words and phrases, SQLite substrings), the database in use selects which
expectation applies.
"""

from datetime import timedelta

import pytest
from django.db import connection

from press import search
from press.models import Message
from tests.factories import make_message
from tests.press.pages import NOW, listed_titles, page_text

pytestmark = [pytest.mark.django_db, pytest.mark.time_machine(NOW, tick=False)]

ON_POSTGRESQL = connection.vendor == "postgresql"
ARCHIVE = "/messages/"
JSON_FEED = "/messages/feed.json"


def found(client, text):
    response = client.get(ARCHIVE, {"q": text})
    assert response.status_code == 200
    return listed_titles(response)


def test_a_word_is_found_in_the_title_the_lead_or_the_body(client):
    make_message(title="Trade embargo", lead="A lead.", body="A body.")
    make_message(title="In the lead", lead="The embargo is lifted.", body="A body.")
    make_message(title="In the body", lead="A lead.", body="An **embargo** on grain.")
    make_message(title="Unrelated", lead="On grain.", body="On ships.")

    assert sorted(found(client, "embargo")) == ["In the body", "In the lead", "Trade embargo"]
    assert sorted(found(client, "EMBARGO")) == ["In the body", "In the lead", "Trade embargo"]


def test_every_word_must_match_somewhere_in_the_message(client):
    make_message(title="Open Skies", lead="The treaty.", body="Russia withdraws.")
    make_message(title="Kazakhstan", lead="The situation improves.", body="Trains run.")

    assert found(client, "treaty withdraws") == ["Open Skies"]
    assert found(client, "skies trains") == []


def test_postgresql_matches_words_by_their_stem_sqlite_by_substring(client):
    make_message(title="New sanctions announced")
    make_message(title="Banks sanctioned")
    make_message(title="A sanctuary for refugees")

    if ON_POSTGRESQL:
        # English stemming: every form of the word, and no word that merely begins the same.
        assert sorted(found(client, "sanction")) == ["Banks sanctioned", "New sanctions announced"]
        assert sorted(found(client, "sanctions")) == [
            "Banks sanctioned", "New sanctions announced"
        ]
        assert found(client, "sanct") == []
    else:
        assert sorted(found(client, "sanction")) == ["Banks sanctioned", "New sanctions announced"]
        assert found(client, "sanctions") == ["New sanctions announced"]
        assert len(found(client, "sanct")) == 3


def test_a_quoted_phrase_keeps_its_word_order_on_postgresql(client):
    make_message(title="The Open Skies treaty")
    make_message(title="Skies open over the Baltic")

    if ON_POSTGRESQL:
        assert found(client, '"open skies"') == ["The Open Skies treaty"]
    else:
        # SQLite reads the quotes as word boundaries: both words, in any order.
        assert sorted(found(client, '"open skies"')) == [
            "Skies open over the Baltic", "The Open Skies treaty"
        ]


def test_a_minus_leaves_a_word_out(client):
    make_message(title="Grain exports resume", body="Ships sail from Odesa.")
    make_message(title="Grain harvest", body="A record year.")

    assert found(client, "grain -ships") == ["Grain harvest"]


def test_messages_found_are_listed_newest_first_wherever_the_word_is(client):
    make_message(title="Visa rules", published_at=NOW - timedelta(days=3))
    make_message(title="Consular hours", body="Visa appointments.", published_at=NOW)
    make_message(title="Holidays", lead="No visa service.", published_at=NOW - timedelta(days=1))

    assert found(client, "visa") == ["Consular hours", "Holidays", "Visa rules"]


def test_an_edit_is_searchable_at_once_however_it_is_written(client):
    message = make_message(title="Statement on fisheries")
    message.title = "Statement on shipping"
    message.save()

    assert found(client, "fisheries") == []
    assert found(client, "shipping") == ["Statement on shipping"]

    Message.objects.filter(pk=message.pk).update(lead="Tariffs rise.")
    assert found(client, "tariffs") == ["Statement on shipping"]

    Message.objects.bulk_create([Message(
        title="Imported on tariffs", slug="imported", status=Message.Status.PUBLISHED,
        published_at=NOW - timedelta(days=1),
    )])
    assert found(client, "tariffs") == ["Statement on shipping", "Imported on tariffs"]


def test_a_message_the_public_may_not_see_is_never_found(client):
    make_message(title="Published on the summit")
    make_message(title="Draft on the summit", status=Message.Status.DRAFT)
    make_message(title="Scheduled on the summit", published_at=NOW + timedelta(hours=1))
    make_message(title="Withdrawn on the summit", status=Message.Status.WITHDRAWN,
                 published_at=NOW - timedelta(days=1))
    make_message(title="Deleted on the summit", deleted_at=NOW)

    assert found(client, "summit") == ["Published on the summit"]


FORM_ERRORS = [
    ("x" * 10_000, "Ensure this value has at most 200 characters (it has 10000)."),
    ("summit\x00", "Null characters are not allowed."),
]
# Text that tsquery syntax would choke on; websearch_to_tsquery reads it without an error.
ODD_TEXT = ["\"&|!:*()'", "'", '"unbalanced', "<-> !!", "%_\\", "-", "or", "a:* & b"]


@pytest.mark.parametrize("text, reason", FORM_ERRORS, ids=["10,000 characters", "NUL"])
def test_an_unusable_search_is_explained_not_run(client, text, reason):
    make_message(title="On the summit")

    response = client.get(ARCHIVE, {"q": text})

    assert response.status_code == 200
    assert reason in page_text(response)
    assert "On the summit" not in page_text(response)
    assert client.get(JSON_FEED, {"q": text}).status_code == 400


@pytest.mark.parametrize("text", ODD_TEXT)
def test_punctuation_and_operators_alone_find_nothing_and_never_fail(client, text):
    make_message(title="On the summit", body="Talks end.")

    assert found(client, text) == []
    assert client.get(JSON_FEED, {"q": text}).status_code == 200


def test_the_stored_words_weigh_the_title_above_the_lead_above_the_body():
    make_message(title="Summit", lead="Talks.", body="Communique.")

    document = Message.objects.values_list("search_document", flat=True).get()

    if ON_POSTGRESQL:
        assert document == "'communiqu':3C 'summit':1A 'talk':2B"
    else:
        assert document is None  # SQLite has no tsvector; its search reads the text columns


def test_postgresql_can_answer_a_search_from_its_gin_index():
    make_message(title="Summit")
    searched = search.matching(Message.objects.order_by(), "summit", "en")

    if ON_POSTGRESQL:
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_seqscan = off")  # the table is tiny; ask anyway
        assert "message_search_idx" in searched.explain()
    else:
        assert "SCAN press_message" in searched.explain()
