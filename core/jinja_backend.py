"""Django's Jinja2 backend, with templates that announce their rendering as Django's own do.

Its output is marked safe HTML, as Django's own engine's is, so that a fragment rendered on its
own (a kept header, a message's summary) goes into a page as it is.

Django's test client learns a response's context and templates from the `template_rendered`
signal, which its own template engine sends (in tests) and Jinja2's backend does not. Ours
sends it for every render; with no receiver (outside tests) sending costs a lookup.
"""

from django.template.backends import jinja2 as django_jinja2
from django.test.signals import template_rendered
from django.utils.safestring import mark_safe


class Jinja2(django_jinja2.Jinja2):
    def from_string(self, template_code):
        return Template(self.env.from_string(template_code), self)

    def get_template(self, template_name):
        return Template(super().get_template(template_name).template, self)


class Template(django_jinja2.Template):
    @property
    def name(self):
        # What assertTemplateUsed compares.
        return self.template.name

    def render(self, context=None, request=None):
        context = {} if context is None else context
        # Django's render adds the request, CSRF and the context processors' values to this
        # same dictionary, so the signal carries the context the template saw.
        html = super().render(context, request)
        template_rendered.send(sender=self, template=self, context=context)
        return mark_safe(html)  # noqa: S308 (autoescaped by the template)
