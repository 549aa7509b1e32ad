"""Tests that read one database's own workings run on that database only: CI's PostgreSQL run
checks query plans in test_plans.py and the bulk load's search words in
test_generate_messages_postgresql.py, its SQLite run plans in test_sqlite_plans.py. Only the
modules for the database under test are collected (none is skipped)."""

from django.conf import settings

ONLY_ON = {
    "test_plans.py": "core.postgresql",
    "test_generate_messages_postgresql.py": "core.postgresql",
    "test_sqlite_plans.py": "django.db.backends.sqlite3",
}
collect_ignore = [
    module for module, engine in ONLY_ON.items()
    if engine != settings.DATABASES["default"]["ENGINE"]
]
