from django.apps import AppConfig


class CoreConfig(AppConfig):
    """The ground floor: what every page and every app shares (see DESIGN.md, "Floors")."""

    name = "core"
    verbose_name = "Site"
