"""WSGI entry point, served by gunicorn in production.

Fresh cached public pages are answered in front of Django's handler (embassy/page_front.py).
"""

import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "embassy.settings")
django_application = get_wsgi_application()

# After Django is set up: the front's lookup reads the models.
from embassy.page_front import CachedPageFront  # noqa: E402

application = CachedPageFront(django_application)

# What starting made (modules, classes, settings, models) lives as long as the process. Moved
# out of the cyclic collector's sight, it is no longer walked by each collection of the older
# generations: 2-3% of an uncached page's instructions (callgrind, /privacy/ and home).
gc.freeze()
