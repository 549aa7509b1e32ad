from django.apps import AppConfig


class CountersConfig(AppConfig):
    name = "counters"
    verbose_name = "Incident counters"

    def ready(self):
        # Connects the signal handlers that forget the cached incidents when one changes.
        from . import selectors  # noqa: F401
