from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PressConfig(AppConfig):
    name = "press"
    verbose_name = _("Press office")

    def ready(self):
        from . import deletion
        from .models import Message

        # Message and every proxy of it (a proxy's delete is sent with the proxy as sender).
        deletion.guard_every_delete(
            [model for model in self.get_models() if issubclass(model, Message)]
        )
