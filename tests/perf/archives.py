"""Large archives for the plan tests, made in SQL in seconds and kept apart from other tests.

On PostgreSQL each archive lives in a schema of its own (`perf_10k`, `perf_200k`), holding
copies of the press tables (their indexes, generated search column and all) filled with
generate_series; a test reads one by putting its schema first on the search path for its
own transaction (`SET LOCAL`), so every other test still sees the empty public tables.

The messages: every kind, 14 categories and 60 people, dates over 25 years (two messages
share each second, to exercise the tie-break on id), a common word ("cooperation") in every
message and a rare one ("fisheries") in one in a hundred; some withdrawn, drafts, binned
and featured ones. One in a thousand is in Russian (the few of one language among the many of
the other), and their words are made by the search's trigger, as on the site.
"""

from django.db import connection

from press import search

SIZES = {"perf_10k": 10_000, "perf_200k": 200_000}
TABLES = [
    "press_category", "press_person", "press_message", "press_message_categories",
    "press_message_people", "press_messageevent",
]
YEARS = 25


def build(schema, count):
    with connection.cursor() as cursor:
        cursor.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        cursor.execute(f"CREATE SCHEMA {schema}")
        for table in TABLES:
            cursor.execute(
                f"CREATE TABLE {schema}.{table} (LIKE public.{table} INCLUDING ALL)"
            )
        # LIKE copies the indexes, not the trigger that makes the search words.
        cursor.execute(search.trigger_sql(f"{schema}.press_message"))
        cursor.execute(
            f"""INSERT INTO {schema}.press_category (id, name, slug, description, "order")
            SELECT n, 'Category ' || n, 'category-' || n, '', n FROM generate_series(1, 14) n"""
        )
        cursor.execute(
            f"""INSERT INTO {schema}.press_person (id, name, position, slug)
            SELECT n, 'Person ' || n, '', 'person-' || n FROM generate_series(1, 60) n"""
        )
        cursor.execute(
            f"""INSERT INTO {schema}.press_message (
                id, kind, title, slug, lead, body, body_html, published_at, status, featured,
                outlet, language, created_at, updated_at, version, preview_generation,
                withdrawal_explanation, deleted_at)
            SELECT n,
                (ARRAY['statement', 'comment', 'press_release', 'interview', 'speech',
                       'briefing', 'article'])[1 + mod(n, 7)],
                'Message ' || n || ' on cooperation', 'message-' || n,
                'The lead of message ' || n || '.',
                'The body of message ' || n || ' on cooperation'
                    || CASE WHEN mod(n, 100) = 1 THEN ' and fisheries' ELSE '' END || '.',
                '<p>The body of message ' || n || '.</p>',
                now() - interval '1 hour'
                    - make_interval(secs => ((%(count)s - n) / 2) * %(step)s),
                CASE WHEN mod(n, 50) = 0 THEN 'withdrawn' WHEN mod(n, 97) = 0 THEN 'draft'
                     ELSE 'published' END,
                mod(n, 1000) = 0, '',
                CASE WHEN mod(n, 1000) = 7 THEN 'ru' ELSE 'en' END, now(), now(), 1, 0, '',
                CASE WHEN mod(n, 101) = 0 THEN now() END
            FROM generate_series(1, %(count)s) n""",
            {"count": count, "step": YEARS * 365 * 86400 * 2 / count},
        )
        cursor.execute(
            f"""INSERT INTO {schema}.press_message_categories (message_id, category_id)
            SELECT n, 1 + mod(n, 14) FROM generate_series(1, %(count)s) n
            UNION ALL
            SELECT n, 1 + mod(n + 5, 14) FROM generate_series(3, %(count)s, 3) n""",
            {"count": count},
        )
        cursor.execute(
            f"""INSERT INTO {schema}.press_message_people (message_id, person_id)
            SELECT n, 1 + mod(n, 60) FROM generate_series(4, %(count)s, 4) n""",
            {"count": count},
        )
        for table in TABLES:
            # New rows written by a test (then rolled back) take ids after the archive's.
            cursor.execute(
                f"SELECT setval(pg_get_serial_sequence('{schema}.{table}', 'id'),"
                f" (SELECT COALESCE(MAX(id), 0) + 1 FROM {schema}.{table}), false)"
            )
            cursor.execute(f"VACUUM ANALYZE {schema}.{table}")


def drop(schema):
    with connection.cursor() as cursor:
        cursor.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")


def read_from(schema):
    """For the rest of the current transaction, the press tables are the archive's."""
    with connection.cursor() as cursor:
        cursor.execute(f"SET LOCAL search_path TO {schema}, public")
