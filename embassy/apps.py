from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_delete, post_save


class EmbassyConfig(AppConfig):
    name = "embassy"
    verbose_name = "Site and consular section"

    def ready(self):
        from . import checks  # noqa: F401 (registers them)
        from .page_cache import bump_content_version

        # Any change to content empties the page cache (see embassy/page_cache.py).
        for signal in (post_save, post_delete, m2m_changed):
            signal.connect(bump_content_version, dispatch_uid=f"page-cache-{signal}")
