from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """The ground floor: what every page and every app shares (see DESIGN.md, "Floors")."""

    name = "core"
    verbose_name = _("Site")
