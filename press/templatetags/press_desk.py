"""The admin index's press desk."""

from django import template

from ..admin.dashboard import desk_for

register = template.Library()


@register.simple_tag(takes_context=True)
def press_desk(context):
    """The desk's lists for the user viewing the admin index, or None (not press staff)."""
    return desk_for(context["request"].user)

