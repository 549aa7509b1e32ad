"""The site's PostgreSQL backend is tested on PostgreSQL only: CI's PostgreSQL run collects
these tests, its SQLite run (which has no use for the backend) does not."""

from django.conf import settings

collect_ignore = [] if settings.DATABASES["default"]["ENGINE"] == "core.postgresql" else [
    "test_base.py"
]
