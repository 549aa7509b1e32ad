from django.apps import AppConfig


class EmbassyConfig(AppConfig):
    name = "embassy"
    verbose_name = "Site and consular section"
