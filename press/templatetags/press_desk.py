"""Template tags for the admin's press desk and for lead images on public pages."""

from django import template

from ..admin.dashboard import desk_for

register = template.Library()


@register.simple_tag(takes_context=True)
def press_desk(context):
    """The desk's lists for the user viewing the admin index, or None (not press staff)."""
    return desk_for(context["request"].user)


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    """`url` made absolute for this request (already absolute ones, e.g. S3, stay as they are)."""
    return context["request"].build_absolute_uri(url)
