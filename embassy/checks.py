"""System checks for deployment (`manage.py check --deploy`)."""

from django.conf import settings
from django.core.checks import Tags, Warning, register


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
