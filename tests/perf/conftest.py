"""Each database's query plans are read with its own EXPLAIN: CI's PostgreSQL run checks
them in test_plans.py, its SQLite run in test_sqlite_plans.py. Only the module for the
database under test is collected."""

from django.conf import settings

PLAN_TESTS = {
    "core.postgresql": "test_plans.py",
    "django.db.backends.sqlite3": "test_sqlite_plans.py",
}
collect_ignore = [
    module for engine, module in PLAN_TESTS.items()
    if engine != settings.DATABASES["default"]["ENGINE"]
]
