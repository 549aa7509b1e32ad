"""The PostgreSQL bulk load of `manage.py generate_messages`: a million messages in minutes.

The rows go in through COPY, in batches sent on two connections of their own
while this process makes the next ones (a million in a few minutes). A row is sent as the
pool pieces its lead and body are made of, and PostgreSQL joins their texts and their search
words (each piece's words found once, by the site's own to_tsvector: finding them row by row
in the search trigger was most of the load's time); the trigger and the links' foreign-key
checks are left out for the load's sessions (session_replication_role = replica) where the
role may, and run as usual where it may not. The
archive search's GIN index is dropped first and built again at the end when the batch is
large, and so are the secondary B-tree indexes of the messages and their links (the feed's,
the kinds', the categories'), which is several times faster than updating them row by row
for every COPYed row. The tables are VACUUMed (before the indexes are built, which then have
nothing to add to its work) and ANALYZEd, so that the visibility map and the planner's
statistics describe the new archive; the VACUUMs, and the index builds, run on two
connections at once, one for each core (press.management.postgresql_maintenance).

The rows' columns and links, and their batches, serve the command's SQLite path too.
"""

import contextlib
import io
import threading
from concurrent.futures import ThreadPoolExecutor

from django.core.management.base import CommandError
from django.db import DatabaseError, connection, transaction

from press.search import CONFIGS

from .generated import BODY_JOINER, HTML_JOINER, LANGUAGE, LEAD_JOINER
from .postgresql_maintenance import INDEXED_TABLES, drop_secondary_indexes, in_two_lanes, rebuild

BATCH = 10_000
COPY_CONNECTIONS = 2
# Above this many new rows, building the secondary indexes anew beats updating them row by row.
REBUILD_INDEXES_FROM = 50_000
COLUMNS = [
    "id", "kind", "title", "slug", "lead", "body", "body_html", "published_at", "status",
    "featured", "outlet", "language", "created_at", "updated_at", "version", "deleted_at",
    "preview_generation", "withdrawal_explanation", "withdrawn_at",
]
# The many-to-many tables: (table, field of a row, column of the other side).
LINKS = [
    ("press_message_categories", "categories", "category_id"),
    ("press_message_people", "people", "person_id"),
]

# A message's texts come from the pool's pieces: the sentences of its lead, the paragraphs
# of its body. Each sender session keeps the pieces, with their search words, in a temporary
# table, and stages each batch's messages (their other fields, and their pieces' numbers).
PIECES_TABLE = "generated_piece"
STAGING_TABLE = "generated_message"
MESSAGE_FIELDS = [column for column in COLUMNS if column not in ("lead", "body", "body_html")]
STAGED_COLUMNS = [*MESSAGE_FIELDS, "lead_sentences", "body_paragraphs"]
LANGUAGE_CONFIG = f"pg_catalog.{CONFIGS[LANGUAGE]}"  # the search trigger's for the language
# Stands at the last position of a piece's words, stop words counted, so that pieces' words
# chained one after another (tsvector ||, which shifts the right one's positions by the left
# one's last) stand where to_tsvector puts them in the joined text; removed after.
END = "~end~"
# The SQL below is put together from this module's own constants (table and column names),
# never from input: hence the noqa S608s.
SENDER_SETUP = [
    # The pieces (about 10 MB with their words) stay in memory: the default 8 MB of temporary
    # buffers made every batch read them again from the files.
    "SET temp_buffers = '64MB'",
    f"""CREATE TEMPORARY TABLE {PIECES_TABLE} (
        kind "char", n integer, text text, html text, words tsvector, PRIMARY KEY (kind, n))""",
    f"""CREATE TEMPORARY TABLE {STAGING_TABLE} ON COMMIT DELETE ROWS AS
        SELECT {", ".join(MESSAGE_FIELDS)}, '{{}}'::integer[] AS lead_sentences,
        '{{}}'::integer[] AS body_paragraphs FROM press_message WITH NO DATA""",  # noqa: S608
    "CREATE AGGREGATE pg_temp.words_in_order(tsvector)"
    " (SFUNC = tsvector_concat, STYPE = tsvector)",
]
# A piece's words, and its END: the position after its last word is that of a word put after
# it, less one (stop words take positions too).
FIND_PIECE_WORDS = f"""
    UPDATE {PIECES_TABLE} SET html = '<p>' || text || '</p>', words = (
        to_tsvector(%s::regconfig, text)::text || ' ''{END}'':' || (
            SELECT max(position) - 1
            FROM unnest(to_tsvector(%s::regconfig, text || ' endmarker')) AS word,
                 unnest(word.positions) AS position
        )
    )::tsvector;
    ANALYZE {PIECES_TABLE}
"""  # noqa: S608


def _joined_pieces(numbers, kind, joiner):
    """SQL: the text and words of the pieces a staged message's `numbers` column names.

    They are aggregated in the order the join gives; `pieces` says which order that was, for
    the caller to check against `numbers` (all of one query level's aggregates see the rows
    in one order).
    """
    return f"""
        SELECT string_agg(piece.text, %({joiner})s) AS text,
               string_agg(piece.html, %(html)s) AS html,
               ts_delete(pg_temp.words_in_order(piece.words), '{END}') AS words,
               array_agg(piece.n) AS pieces
        FROM unnest(staged.{numbers}) AS number
        JOIN {PIECES_TABLE} AS piece ON piece.kind = '{kind}' AND piece.n = number
    """  # noqa: S608


# The search words as the trigger weighs them (press.search: title A, lead B, body C; a test
# compares them with the trigger's). A row whose pieces were not joined in order is left out,
# and the caller counts the rows.
INSERT_STAGED_MESSAGES = f"""
    INSERT INTO press_message
        ({", ".join(MESSAGE_FIELDS)}, lead, body, body_html, search_document)
    SELECT {", ".join(f"staged.{field}" for field in MESSAGE_FIELDS)},
           lead.text, body.text, body.html,
           setweight(to_tsvector(%(config)s::regconfig, staged.title), 'A')
           || setweight(lead.words, 'B') || setweight(body.words, 'C')
    FROM {STAGING_TABLE} AS staged
    CROSS JOIN LATERAL ({_joined_pieces("lead_sentences", "s", "lead")}) AS lead
    CROSS JOIN LATERAL ({_joined_pieces("body_paragraphs", "p", "body")}) AS body
    WHERE lead.pieces = staged.lead_sentences AND body.pieces = staged.body_paragraphs
"""  # noqa: S608
JOINERS = {"lead": LEAD_JOINER, "body": BODY_JOINER, "html": HTML_JOINER, "config": LANGUAGE_CONFIG}


class PostgresqlLoad:
    """One run's load; `write` is given each line of progress (the command's stdout.write)."""

    def __init__(self, write):
        self.write = write

    def copy_into_postgresql(self, rows, count, pool):
        dropped = drop_secondary_indexes() if count >= REBUILD_INDEXES_FROM else []
        try:
            self.send(rows, pool)
            # Before the indexes are built, so that VACUUM has only the tables to read.
            in_two_lanes("VACUUM", [
                [(table, f"VACUUM {table}") for table in INDEXED_TABLES[:1]],  # the messages
                [(table, f"VACUUM {table}") for table in INDEXED_TABLES[1:]],  # their links
            ], self.write)
        finally:
            # Built again even when a batch failed: a site left without its indexes would
            # answer every list by scanning the archive.
            rebuild(dropped, self.write)
        self.write("Refreshing the planner's statistics (ANALYZE)…")
        with connection.cursor() as cursor:
            for table in INDEXED_TABLES:
                cursor.execute(f"ANALYZE {table}")

    def send(self, rows, pool):
        # This thread makes the rows while COPY_CONNECTIONS others send batches.
        with ThreadPoolExecutor(COPY_CONNECTIONS) as senders:
            try:
                sending = []
                for batch in batches(rows, BATCH):
                    if len(sending) >= COPY_CONNECTIONS:  # at most one batch waits per sender
                        sending.pop(0).result()
                    sending.append(
                        senders.submit(self.copy, pool, _copy_texts(batch), batch[-1]["id"])
                    )
                for sent in sending:
                    sent.result()
            finally:
                _close_each_connection(senders)

    def copy(self, pool, texts, last_id):
        """COPY one batch in one transaction, on this thread's connection.

        The messages go to a staging table first, and from there into press_message with
        their texts and search words joined from the pool's pieces.
        """
        self.prepare_sender(pool)
        with connection.cursor() as cursor, transaction.atomic():
            raw = cursor.cursor  # psycopg2's own cursor: COPY is not in Django's API
            for table, columns, text in texts:
                raw.copy_expert(f"COPY {table} ({', '.join(columns)}) FROM STDIN", text)
                if table == STAGING_TABLE:
                    staged = raw.rowcount
                    cursor.execute(INSERT_STAGED_MESSAGES, JOINERS)
                    if cursor.rowcount != staged:  # a piece missing, or joined out of order
                        raise CommandError("The messages' texts could not be joined.")
        self.write(f"  … up to id {last_id}")

    def prepare_sender(self, pool):
        """Once per sender connection: the session's role, and the pool's pieces."""
        connection.ensure_connection()
        if getattr(_sender, "connection", None) is connection.connection:
            return  # prepared: the temporary tables last as long as the connection
        with connection.cursor() as cursor:
            if not _leave_out_triggers(cursor):
                self.write(
                    "This role may not leave out triggers: the search trigger will find every"
                    " message's words itself (slower)."
                )
            _compress_with_lz4(cursor)
            for statement in SENDER_SETUP:
                cursor.execute(statement)
            cursor.cursor.copy_expert(
                f"COPY {PIECES_TABLE} (kind, n, text) FROM STDIN", _pieces_copy_text(pool)
            )
            cursor.execute(FIND_PIECE_WORDS, [LANGUAGE_CONFIG, LANGUAGE_CONFIG])
        _sender.connection = connection.connection


# Each sender thread's database connection, once its session is prepared.
_sender = threading.local()


def _close_each_connection(senders):
    """Close every sender thread's connection: one job per thread, held apart by a barrier."""
    barrier = threading.Barrier(COPY_CONNECTIONS)

    def close():
        barrier.wait(timeout=60)
        connection.close()

    for closing in [senders.submit(close) for _ in range(COPY_CONNECTIONS)]:
        closing.result()


def _compress_with_lz4(cursor):
    """Compress this session's long values (bodies, their HTML, search words) with lz4.

    pglz, the default, took about half of PostgreSQL's time for a row once the search words
    were no longer found row by row; lz4 is several times faster at it (and at reading them
    back). A server built without lz4 keeps pglz.
    """
    with contextlib.suppress(DatabaseError):
        cursor.execute("SET default_toast_compression = lz4")


def _leave_out_triggers(cursor):
    """Leave out this session's triggers (the search trigger, the foreign keys' checks).

    The load writes the search words itself, and its links name rows that exist; a role
    that may not (not a superuser, nor granted the setting) loads with the triggers on.
    """
    try:
        cursor.execute("SET session_replication_role = replica")
    except DatabaseError:
        return False
    return True


def batches(rows, size):
    batch = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _copy_texts(rows):
    """(table, columns, COPY text) for the messages of `rows` (to stage) and their links."""
    texts = [(STAGING_TABLE, STAGED_COLUMNS, _as_copy_text(
        [*(row[column] for column in MESSAGE_FIELDS),
         _as_array(row["lead_sentences"]), _as_array(row["body_paragraphs"])]
        for row in rows
    ))]
    for table, field, column in LINKS:
        texts.append((table, ["message_id", column], _as_copy_text(pairs(rows, field))))
    return texts


def _as_array(numbers):
    return "{" + ",".join(map(str, numbers)) + "}"


def _pieces_copy_text(pool):
    return _as_copy_text([
        *(("s", index, text) for index, text in enumerate(pool.sentences)),
        *(("p", index, text) for index, text in enumerate(pool.paragraphs)),
    ])


def pairs(rows, field):
    return [(row["id"], other) for row in rows for other in row[field]]


def _as_copy_text(records):
    """COPY's text format: tab-separated, \\N for NULL, backslashes and breaks escaped."""
    lines = ["\t".join(_copy_value(value) for value in record) for record in records]
    return io.StringIO("".join(line + "\n" for line in lines))


def _copy_value(value):
    if value is None:
        return "\\N"
    if isinstance(value, bool):
        return "t" if value else "f"
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return (
        str(value).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
        .replace("\r", "\\r")
    )
