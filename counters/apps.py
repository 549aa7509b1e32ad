from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CountersConfig(AppConfig):
    name = "counters"
    verbose_name = _("Incident counters")

    def ready(self):
        # Declares the cached incidents, which forget themselves when an incident changes: in
        # every process, including one that saves incidents without ever showing the header.
        from . import selectors  # noqa: F401
