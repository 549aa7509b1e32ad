"""Forms whose HTML is rendered once per content version and set of values, then kept.

Rendering a form's widgets with Django's templates (every category, person, service and
region as an <option>) was most of the CPU of an uncached archive or consular page. The HTML
changes only with the values sent (and their errors, which follow from the values and the
content) and with the content the choices come from, which moves the content version.
"""

import hashlib

from django import forms
from django.conf import settings

from . import content_version


class KeptRenderingForm(forms.Form):
    """A form whose default rendering (`{{ form }}`) is kept; `kept_name` names it in the
    cache."""

    kept_name = "form"

    def render(self, template_name=None, context=None, renderer=None):
        if template_name or context or renderer:
            return super().render(template_name, context, renderer)
        return kept_rendering(type(self), self.data, self.fresh_rendering, fields=self.fields)

    def fresh_rendering(self):
        """The default rendering, made now."""
        return super().render()

    # Django's forms name their render() here when the class is made: name this one.
    __str__ = render
    __html__ = render


def kept_rendering(form_class, data, render, fields=None):
    """The kept HTML of `form_class`'s default rendering with `data` (the values sent; empty
    for an unbound form), or what `render()` makes when none is kept.

    Asked without a form (`fields` are then the class's), as a FilterSet with nothing sent
    asks (core/filtersets.py): making the form, a deep copy of every field, is work only a
    rendering needs, and the rendering is usually kept.
    """
    fields = form_class.base_fields if fields is None else fields
    values = [(name, data.getlist(name)) for name in fields if name in data]
    digest = hashlib.md5(repr(values).encode(), usedforsecurity=False).hexdigest()
    # Filed under whatever values a visitor sends, so it expires on its own, as a cached
    # page does, rather than waiting for the next change of content.
    return content_version.recall(
        f"{form_class.kept_name}:{digest}", render,
        timeout=lambda html: settings.CACHE_MIDDLEWARE_SECONDS,
    )
