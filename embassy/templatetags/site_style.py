from django import template
from django.utils.safestring import mark_safe

from embassy.stylesheet import inline_text

register = template.Library()


@register.simple_tag
def inline_stylesheet():
    """<style> with the site's stylesheet; its hash is in the CSP (embassy/stylesheet.py)."""
    # Our own file, not user input; "</" would end the element early, and the test of the
    # stylesheet refuses it.
    return mark_safe(f"<style>{inline_text()}</style>")  # noqa: S308
