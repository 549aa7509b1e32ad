"""The site's own pages for a refused request: a locked-out login and a failed CSRF check.

Both extend base.html, so they look like the site, say what happened and how to go on, and
carry no inline style (Django's own CSRF page has one, which the strict CSP blocks).
"""

import math

from django.db.models import Max
from django.shortcuts import render
from django.utils import timezone

from core.timekeeping import local_time_label


def lock_ends_at(request, credentials):
    """When the lock of this login (user name and address) ends: its last counted failure
    plus the cool-off. Failures during the lock are not counted (AXES_RESET_COOL_OFF_ON_
    FAILURE_DURING_LOCKOUT is off), so the end does not move."""
    from axes.handlers.proxy import AxesProxyHandler
    from axes.helpers import get_cool_off

    handler = AxesProxyHandler.get_implementation()
    latest = None
    for attempts in handler.get_user_attempts(request, credentials):
        last = attempts.aggregate(last=Max("attempt_time"))["last"]
        if last is not None and (latest is None or last > latest):
            latest = last
    return (latest or timezone.now()) + get_cool_off(request)


def lockout(request, original_response=None, credentials=None):
    """django-axes' lockout response (AXES_LOCKOUT_CALLABLE): 429 with Retry-After."""
    ends_at = lock_ends_at(request, credentials)
    seconds = max(1, math.ceil((ends_at - timezone.now()).total_seconds()))
    minutes = math.ceil(seconds / 60)
    response = render(request, "embassy/lockout.html", {
        "minutes": minutes,
        "ends_at": local_time_label(ends_at),
    }, status=429)
    response["Retry-After"] = str(seconds)
    return response


def csrf_failure(request, reason=""):
    """CSRF_FAILURE_VIEW: a form came back without its security token (an old page, or
    cookies blocked). The reason stays in the log, not on the page."""
    return render(request, "embassy/csrf_failure.html", status=403)
