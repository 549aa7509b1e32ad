"""No public page walks or counts the archive: checked on the database's own plans.

Every public page is requested at 10,000 and at 200,000 messages (tests/perf/archives.py)
once to warm what the site keeps per content version (a list's count, the drop-downs), then
again under a query counter. Each query of that second request is run again under
`EXPLAIN (ANALYZE, FORMAT JSON)` (a prepared statement also with the generic plan PostgreSQL
may keep for it): none may scan the message table (or its links to categories and people)
sequentially, and none may read more than ROWS_READ rows of it. The number of
queries must be the same at both sizes. The first request after a change of content, which
makes what the site keeps, is held to the same plans; its count of a list, which does read
the list, is then shown to be made once per content version, not per request.
"""

import json

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from core import content_version
from press.models import Category, Message, Person
from press.sitemaps import SECTION_SIZE
from press.views.messages import PAGE_SIZE
from tests.perf import archives

# PostgreSQL's plans; the SQLite run checks the same pages in test_sqlite_plans.py
# (tests/perf/conftest.py collects the one for the database under test).
pytestmark = pytest.mark.django_db

MESSAGE_TABLES = {"press_message", "press_message_categories", "press_message_people"}
# The most rows of those tables one query may read: a sitemap section reads its block.
ROWS_READ = SECTION_SIZE + 100
DEEP_PAGE = 250


@pytest.fixture(scope="session")
def large_archives(django_db_setup, django_db_blocker):
    """Both archives, made once per run in their own schemas, dropped at the end."""
    with django_db_blocker.unblock():
        for schema, count in archives.SIZES.items():
            archives.build(schema, count)
    yield archives.SIZES
    with django_db_blocker.unblock():
        for schema in archives.SIZES:
            archives.drop(schema)


def public_pages():
    """Every public page of the archive in the search path, by name."""
    public = Message.objects.published()
    newest = public.first()
    newest_russian = public.filter(language="ru").first()
    oldest = public.order_by("published_at", "id").first()
    deep_cursor = public.values_list("id", flat=True)[(DEEP_PAGE - 1) * PAGE_SIZE - 1]
    category = Category.objects.order_by("id").first()
    person = Person.objects.order_by("id").first()
    blocks = public.order_by("id").values_list("id", flat=True)
    first_block, last_block = blocks.first() // SECTION_SIZE, blocks.last() // SECTION_SIZE
    return {
        "home": "/",
        "archive": "/messages/",
        "archive page 2": "/messages/?page=2",
        "archive, deep page": f"/messages/?page={DEEP_PAGE}&before={deep_cursor}",
        "archive, newer than a deep page": f"/messages/?page={DEEP_PAGE}&after={deep_cursor}",
        "archive, last page": "/messages/?page=last",
        "newest message": newest.get_absolute_url(),
        "oldest message": oldest.get_absolute_url(),
        "categories": "/categories/",
        "category": f"/categories/{category.slug}/",
        "category, last page": f"/categories/{category.slug}/?page=last",
        "kind": "/messages/?kind=speech",
        "person": f"/messages/?person={person.slug}",
        "year": "/messages/?year=2010",
        "dates": "/messages/?date_from=2005-01-01&date_to=2005-12-31",
        "search, common word": "/messages/?q=cooperation",
        "search, rare word": "/messages/?q=fisheries",
        "search, last page": "/messages/?q=fisheries&page=last",
        "RSS": "/messages/feed/rss/",
        "Atom": "/messages/feed/atom/",
        "JSON Feed": "/messages/feed.json",
        "RSS, by kind": "/messages/feed/rss/?kind=statement",
        "search, most relevant first": "/messages/?q=cooperation&sort=relevance",
        # The Russian site: a thousandth of the archive (tests/perf/archives.py).
        "Russian home": "/ru/",
        "Russian archive": "/ru/messages/",
        "Russian message": newest_russian.get_absolute_url(),
        "Russian category": f"/ru/categories/{category.slug}/",
        "Russian search, common word": "/ru/messages/?q=cooperation",
        "Russian search, most relevant first": "/ru/messages/?q=cooperation&sort=relevance",
        "Russian RSS": "/ru/messages/feed/rss/",
        "sitemap": "/sitemap.xml",
        "sitemap, first section": f"/sitemap-messages-{first_block}.xml",
        "sitemap, last section": f"/sitemap-messages-{last_block}.xml",
    }


def rows_read(plan):
    """(node type, rows of the message tables read) for each node of a JSON plan."""
    loops = plan.get("Actual Loops", 1)
    read = (
        plan.get("Actual Rows", 0) + plan.get("Rows Removed by Filter", 0)
        + plan.get("Rows Removed by Index Recheck", 0)
    ) * loops
    if plan.get("Relation Name") in MESSAGE_TABLES:
        yield plan["Node Type"], plan["Relation Name"], read
    for child in plan.get("Plans", []):
        yield from rows_read(child)


def reads(sql):
    """A query that reads: a SELECT, or the EXECUTE of a prepared one (core/compiled_queries.py
    prepares the queries it compiles; EXPLAIN shows an EXECUTE's plan)."""
    return sql.lstrip().upper().startswith(("SELECT", "EXECUTE"))


def explained(sql):
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (ANALYZE, FORMAT JSON) {sql}")
        return cursor.fetchone()[0][0]["Plan"]


def every_plan(sql):
    """The plans `sql` may run with. A prepared statement's first runs in a session are
    planned for their values, and later ones may use one generic plan for any values
    (core/prepared_statements.py): both are held to the same bounds."""
    yield explained(sql)
    if sql.lstrip().upper().startswith("EXECUTE"):
        with connection.cursor() as cursor:
            cursor.execute("SET plan_cache_mode = force_generic_plan")
            try:
                yield explained(sql)
            finally:
                cursor.execute("RESET plan_cache_mode")


def nodes_read(sql):
    """(node type, table, rows read) of every plan `sql` may run with."""
    return [node for plan in every_plan(sql) for node in rows_read(plan)]


def warm_queries(client, url):
    """The queries of a warm request for `url`: what the content version keeps is made by a
    first request, and the second one's queries are the page's.

    Both requests are in one minute: the header is kept for its minute and made again at the
    next, reading the site's rows (settings, clocks, incidents) again once they are five
    minutes old (core/cached_rows.py): three queries more, once a minute at most, that a slow
    run counted as the page's (CI, 29 November: "search, last page", 1 query at 10k and 4 at
    200k).
    """
    with time_machine.travel(timezone.now(), tick=False):
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
    assert response.status_code == 200, url
    return queries.captured_queries


def measure(client, url):
    captured = warm_queries(client, url)
    plans = [
        (query["sql"], nodes_read(query["sql"]))
        for query in captured
        if reads(query["sql"])
    ]
    return len(captured), plans


def test_no_public_query_scans_or_reads_much_of_the_archive_at_any_size(
    client, large_archives
):
    counts = {}
    for schema in large_archives:
        archives.read_from(schema)
        assert Message.objects.count() == large_archives[schema]
        for name, url in public_pages().items():
            count, plans = measure(client, url)
            counts.setdefault(name, {})[schema] = count
            for sql, nodes in plans:
                for node, table, read in nodes:
                    assert node != "Seq Scan", f"{name} at {schema}: {node} on {table}\n{sql}"
                    assert read <= ROWS_READ, f"{name} at {schema}: {read} rows of {table}\n{sql}"
    grew = {name: sizes for name, sizes in counts.items() if len(set(sizes.values())) > 1}
    assert grew == {}, "the number of queries changed with the size of the archive"


def test_the_first_request_after_a_change_scans_nothing_either(client, large_archives):
    """What a page keeps per content version (feed entries, summaries, choices, counts) is
    made by the first request after a change: its queries are held to the same plans, but
    for a list's count, which reads the list by design, once per version (the test below)."""
    for schema in large_archives:
        archives.read_from(schema)
        for name, url in public_pages().items():
            content_version.bump()
            with CaptureQueriesContext(connection) as queries:
                assert client.get(url).status_code == 200, url
            for query in queries.captured_queries:
                sql = query["sql"]
                if not reads(sql):
                    continue
                for node, table, read in nodes_read(sql):
                    assert node != "Seq Scan", f"{name} at {schema}: {node} on {table}\n{sql}"
                    assert read <= ROWS_READ or "COUNT(" in sql, (
                        f"{name} at {schema}: {read} rows of {table}\n{sql}"
                    )


def test_a_lists_count_is_made_once_per_content_version(client, large_archives):
    archives.read_from("perf_200k")
    client.get("/messages/")
    with CaptureQueriesContext(connection) as again:
        client.get("/messages/?page=2")
    assert not any("COUNT(" in query["sql"] for query in again.captured_queries)

    Category.objects.create(name="New", slug="new")  # any change of content
    with CaptureQueriesContext(connection) as after_change:
        response = client.get("/messages/")
    counts = [query["sql"] for query in after_change.captured_queries if "COUNT(" in query["sql"]]
    assert len(counts) == 1
    plan = json.dumps(explained(counts[0]))
    assert "Seq Scan" not in plan and "Index Only Scan" in plan
    english = Message.objects.published().filter(language="en")
    assert f"{english.count():,}".replace(",", "") in (
        response.content.decode().replace(",", "")
    )
