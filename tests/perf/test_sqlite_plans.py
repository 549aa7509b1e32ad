"""On SQLite (development and the quick test run), the same pages at 10,000 messages: as many
queries as at 5,200, and no query reads the message table from end to end.

SQLite's EXPLAIN QUERY PLAN says `SCAN press_message` for a full read of the table and
`SEARCH … USING INDEX` for a range; `SCAN … USING INDEX` walks an index in order and is
fine under the LIMIT of a page. PostgreSQL's plans are checked in test_plans.py.
"""

import pytest
from django.db import connection

from tests.perf.test_plans import public_pages, warm_queries

pytestmark = pytest.mark.django_db

ARCHIVE = """
WITH RECURSIVE numbers(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM numbers WHERE n < %s)
INSERT INTO press_message (
    id, kind, title, slug, lead, body, body_html, published_at, status, featured, outlet,
    language, created_at, updated_at, version, preview_generation, withdrawal_explanation)
SELECT n, 'statement', 'Message ' || n || ' on cooperation', 'message-' || n, 'A lead.',
    'On cooperation' || CASE WHEN n % 100 = 1 THEN ' and fisheries' ELSE '' END, '<p>A body.</p>',
    datetime('now', '-1 hour', '-' || ((%s - n) * 7200) || ' seconds'),
    CASE WHEN n % 50 = 0 THEN 'withdrawn' ELSE 'published' END, n % 1000 = 0, '',
    CASE WHEN n % 1000 = 7 THEN 'ru' ELSE 'en' END,
    datetime('now'), datetime('now'), 1, 0, ''
FROM numbers
"""
LINKS = """
INSERT INTO press_message_categories (message_id, category_id)
SELECT id, (SELECT MIN(id) FROM press_category) + id % 3 FROM press_message
"""


def make_archive(count):
    from tests.factories import make_category, make_person

    for number in range(3):
        make_category(slug=f"category-{number}")
    make_person(slug="person-1")
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM press_message_categories")
        cursor.execute("DELETE FROM press_message")
        cursor.execute(ARCHIVE, [count, count])
        cursor.execute(LINKS)
        cursor.execute("ANALYZE")


def queries_of(client, url):
    return [query["sql"] for query in warm_queries(client, url)]


def full_scans(sql):
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN QUERY PLAN {sql}")
        steps = [row[-1] for row in cursor.fetchall()]
    return [step for step in steps if step.startswith("SCAN press_message") and "INDEX" not in step]


@pytest.mark.parametrize("size", [5_200, 10_000])
def test_public_pages_at_ten_thousand_messages(client, size):
    make_archive(size)
    counts = {}
    for name, url in public_pages().items():
        sqls = queries_of(client, url)
        counts[name] = len(sqls)
        for sql in sqls:
            if sql.lstrip().upper().startswith("SELECT"):
                assert full_scans(sql) == [], f"{name}: {sql}"
    assert counts == EXPECTED_COUNTS, repr(counts)


# The queries of each page once warm; the same at 5,200 and at 10,000 messages.
EXPECTED_COUNTS = {
    # No public message of these archives is featured (the featured ones are withdrawn): the
    # featured query finds none, then the latest ids (with one featured, its row and the
    # latest come in one statement: tests/press/test_page_lists.py).
    "home": 2, "archive": 1, "archive page 2": 1, "archive, deep page": 1,
    "archive, newer than a deep page": 1, "archive, last page": 1,
    # The message (with its lead image), and its change notes, categories, people and
    # attachments gathered into its row (press/page_lists.py).
    "newest message": 1, "oldest message": 1,
    # A category's page: its ids (the category itself is kept: selectors.category_at).
    "categories": 0, "category": 1, "category, last page": 1,
    "kind": 1, "person": 1, "year": 1, "dates": 1,
    "search, common word": 1, "search, rare word": 1, "search, last page": 1,
    # The items' ids: their entries are kept (press/feed_entries.py).
    "RSS": 1, "Atom": 1, "JSON Feed": 1, "RSS, by kind": 1,
    "search, most relevant first": 1,
    # The Russian site: the same pages, the same counts.
    "Russian home": 2, "Russian archive": 1, "Russian message": 1, "Russian category": 1,
    "Russian search, common word": 1, "Russian search, most relevant first": 1,
    "Russian RSS": 1,
    # The block's messages, then the public translations of them.
    "sitemap": 0, "sitemap, first section": 2, "sitemap, last section": 2,
}
