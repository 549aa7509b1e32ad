from django import template

from .. import search

register = template.Library()


@register.filter
def search_marks(lead):
    """A lead marked by the archive search: escaped, its matched words in <mark>."""
    return search.marked(lead)
