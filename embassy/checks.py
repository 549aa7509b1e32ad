"""System checks for deployment (`manage.py check --deploy`)."""

import logging
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.core.cache import cache
from django.core.checks import Tags, Warning, register
from django.dispatch import receiver


@register(Tags.caches, deploy=True)
def shared_cache_check(app_configs, **kwargs):
    # Local memory is per process: under several gunicorn workers a publication would empty
    # only one worker's page cache, and the others would serve the old pages until they expire.
    if settings.REDIS_URL:
        return []
    return [
        Warning(
            "The cache is in each process's local memory.",
            hint=(
                "Set REDIS_URL so that every worker shares one cache: otherwise a publication "
                "reaches the other workers' cached pages only when they expire (5 minutes)."
            ),
            id="embassy.W001",
        )
    ]


# Set when a login arrives with an X-Forwarded-For header while DJANGO_PROXY_COUNT is 0;
# kept in the shared cache, where `check --deploy`, run on a server, finds it.
FORWARDED_FOR_SEEN = "embassy:x-forwarded-for-seen"
FORWARDED_FOR_MEMORY = timedelta(days=30)
logger = logging.getLogger(__name__)


PROXY_WARNING = "Logins arrive with an X-Forwarded-For header, but DJANGO_PROXY_COUNT is 0."
PROXY_HINT = (
    "Behind a reverse proxy every visitor then has the proxy's address, so five wrong "
    "passwords lock that staff account for everyone. Set DJANGO_PROXY_COUNT to the number of "
    "proxies in front of the site (1 for one nginx)."
)


@receiver(user_login_failed)
@receiver(user_logged_in)
def note_a_proxy_nobody_declared(sender, request=None, **kwargs):
    if settings.PROXY_COUNT or request is None or "HTTP_X_FORWARDED_FOR" not in request.META:
        return
    if cache.add(FORWARDED_FOR_SEEN, True, int(FORWARDED_FOR_MEMORY.total_seconds())):
        logger.warning("%s %s", PROXY_WARNING, PROXY_HINT)  # once a month, not per login


@register(Tags.security, deploy=True)
def undeclared_proxy_check(app_configs, **kwargs):
    if settings.PROXY_COUNT:
        return []
    try:
        seen = cache.get(FORWARDED_FOR_SEEN)
    except Exception:  # a cache that cannot be reached is W001's or the site's concern
        return []
    if not seen:
        return []
    return [Warning(PROXY_WARNING, hint=PROXY_HINT, id="embassy.W002")]
