from django.apps import AppConfig


class CountersConfig(AppConfig):
    name = "counters"
    verbose_name = "Incident counters"

    def ready(self):
        # Declares the cached incidents, which forget themselves when an incident changes: in
        # every process, including one that saves incidents without ever showing the header.
        from . import selectors  # noqa: F401
