from .consular import models as consular_models  # noqa: F401 (registers them)
