"""For the PostgreSQL bulk load (press.management.postgresql_load): its indexes and VACUUMs.

A large load drops the secondary indexes of the tables it fills (every row COPYed would
otherwise update each of them) and builds them again at the end; the VACUUMs before that, and
the index builds, run on two connections at once, one to a core ("lanes").
"""

import time
from concurrent.futures import ThreadPoolExecutor

from django.db import connection

# For each of the two connections that build indexes (or VACUUM) at once: enough memory for
# a million messages' search index to be built with few passes, and no parallel workers (the
# two connections already keep both cores busy).
LANE_SETTINGS = [
    "SET maintenance_work_mem = '512MB'",
    "SET max_parallel_maintenance_workers = 0",
]
INDEXED_TABLES = ("press_message", "press_message_categories", "press_message_people")


def drop_secondary_indexes():
    """Drop the indexes of the tables COPY fills that no constraint needs; return them.

    Primary keys and unique indexes stay: they keep the rows right while they go in. What is
    returned is (name, CREATE INDEX statement), as PostgreSQL writes it (pg_get_indexdef).
    """
    with connection.cursor() as cursor:
        # The tables by regclass, so the ones the connection's search path finds, and each
        # index by its own oid (index names are unique only within a schema).
        cursor.execute(
            "SELECT x.indexrelid::regclass::text, pg_get_indexdef(x.indexrelid) FROM pg_index x"
            " WHERE x.indrelid = ANY(%s::regclass[])"
            " AND NOT x.indisunique AND NOT x.indisprimary ORDER BY 1",
            [list(INDEXED_TABLES)],
        )
        indexes = cursor.fetchall()
        for name, _definition in indexes:
            cursor.execute(f"DROP INDEX {name}")  # regclass text: already quoted as needed
    return indexes


def rebuild(indexes, write):
    """Create the dropped indexes again, from the definitions PostgreSQL gave for them.

    The search's GIN index takes longer than all the B-trees together (3 s against 1 s at
    100,000 messages): it is built on one connection while they are on another.
    """
    gin = [(name, definition) for name, definition in indexes if " USING gin " in definition]
    in_two_lanes("Building", [gin, [index for index in indexes if index not in gin]], write)


def in_two_lanes(doing, lanes, write):
    """Run each lane's (name, statement)s in turn, the lanes at once (one to a core)."""
    with ThreadPoolExecutor(len(lanes)) as runners:
        for running in [runners.submit(run_lane, doing, lane, write) for lane in lanes]:
            running.result()


def run_lane(doing, lane, write):
    try:
        with connection.cursor() as cursor:
            for setting in LANE_SETTINGS:
                cursor.execute(setting)
            for name, statement in lane:
                started = time.monotonic()
                cursor.execute(statement)
                write(f"{doing} {name}: {time.monotonic() - started:.1f} s")
    finally:
        connection.close()  # the lane thread's own connection
