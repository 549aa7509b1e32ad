"""The floor: a bare Django "hello world", served by the same gunicorn as the site.

`gunicorn bench.floor:application` — one view, no database, no middleware, DEBUG off. What the
site achieves is reported as a share of what this achieves on the same machine in the same run.
"""

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path

settings.configure(
    DEBUG=False,
    SECRET_KEY="bench-floor-only",  # noqa: S106 - serves one constant page, nothing to protect
    ALLOWED_HOSTS=["127.0.0.1", "localhost"],
    ROOT_URLCONF=__name__,
    MIDDLEWARE=[],
    INSTALLED_APPS=[],
)


def hello(request):
    return HttpResponse("Hello, world", content_type="text/plain")


urlpatterns = [path("", hello)]
application = get_wsgi_application()
