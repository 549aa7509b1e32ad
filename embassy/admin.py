from .consular import admin as consular_admin  # noqa: F401 (registers it)
