"""gunicorn settings for one app server: `gunicorn embassy.wsgi -c deploy/gunicorn.conf.py`.

Sync workers, two per core plus one (the site waits on PostgreSQL and Redis a little; the
page cache answers most requests in well under a millisecond of work). Set GUNICORN_BIND
(default 127.0.0.1:8001) and, if needed, GUNICORN_WORKERS.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8001")
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
# Restart a worker now and then, so that no slow leak lives long.
max_requests = 10000
max_requests_jitter = 1000
timeout = 30
accesslog = "-"
