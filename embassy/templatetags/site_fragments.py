from django import template

from .. import fragments

register = template.Library()


@register.simple_tag(takes_context=True)
def site_header(context):
    """The masthead (embassy/header.html), kept for its minute (embassy/fragments.py)."""
    return fragments.header_html(context["request"])


@register.simple_tag(takes_context=True)
def site_footer(context):
    """The footer (includes/site_footer.html), kept for the content version."""
    return fragments.footer_html(context["header"], context["site_settings"])
