from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils.autoreload import autoreload_started
from django.utils.translation import gettext_lazy as _


class EmbassyConfig(AppConfig):
    name = "embassy"
    verbose_name = _("Site and consular section")

    def ready(self):
        from core import content_version

        from . import checks  # noqa: F401 (registers them)

        # Any change to content makes every cached page and count stale
        # (core/content_version.py).
        for signal in (post_save, post_delete, m2m_changed):
            signal.connect(content_version.bump, dispatch_uid=f"page-cache-{signal}")

        # The stylesheet's hash is in the CSP, worked out with the settings: in development a
        # change to it must restart runserver like a change to the code (embassy/stylesheet.py).
        autoreload_started.connect(watch_stylesheet, dispatch_uid="watch-stylesheet")


def watch_stylesheet(sender, **kwargs):
    from .stylesheet import SOURCE

    sender.watch_dir(SOURCE.parent, SOURCE.name)
