from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from press import selectors as press


@require_GET
def home(request):
    featured = press.featured()
    latest = press.latest(request.site_settings.home_latest_count, exclude=featured)
    return render(request, "home.html", {"featured": featured, "latest": latest})


@require_GET
def healthz(request):
    """For load balancers: the process answers. It deliberately touches no database."""
    return HttpResponse("ok", content_type="text/plain")
