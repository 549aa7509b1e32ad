"""django-modeltranslation finds each app's `translation` module; the consular section's texts
are registered in its own (embassy/consular/translation.py)."""

from .consular import translation  # noqa: F401 (registers them)
