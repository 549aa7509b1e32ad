from django import template

from ..fragments import page_chrome

register = template.Library()


@register.simple_tag(takes_context=True)
def site_header(context):
    """The masthead (embassy/header.html), kept for its minute (embassy/fragments.py)."""
    return page_chrome(context["request"])[0]


@register.simple_tag(takes_context=True)
def site_footer(context):
    """The footer (includes/site_footer.html), kept with the header."""
    return page_chrome(context["request"])[1]
