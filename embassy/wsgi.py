"""WSGI entry point, served by gunicorn in production.

Fresh cached public pages are answered in front of Django's handler (embassy/page_front.py).
"""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "embassy.settings")
django_application = get_wsgi_application()

# After Django is set up: the front's lookup reads the models.
from embassy.page_front import CachedPageFront  # noqa: E402

application = CachedPageFront(django_application)
