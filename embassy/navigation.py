"""The main navigation: four sections, and which of them the page belongs to.

A message's page belongs to "All messages", an office's page to "Consular", a category's page
to "Categories": the section is read from the view's URL name and namespace, so a new page in
an app is marked without a change here.
"""

from dataclasses import dataclass
from functools import lru_cache

from django.utils.translation import gettext_lazy as _

from core.named_urls import named_url, url_state


@dataclass(frozen=True)
class NavItem:
    label: str
    url: str
    # "page" on the section's own page, "true" on a page inside it, None elsewhere.
    current: str | None


SECTIONS = [
    ("home", _("Home"), "home"),
    ("messages", _("All messages"), "press:message-list"),
    ("categories", _("Categories"), "press:category-list"),
    ("consular", _("Consular"), "consular:office-lookup"),
]


def current_section(request):
    match = getattr(request, "resolver_match", None)
    if match is None:  # an address that matched no page (a 404)
        return None
    if match.view_name == "home":
        return "home"
    if match.namespace == "consular":
        return "consular"
    if match.namespace == "press":
        return "categories" if match.url_name.startswith("category") else "messages"
    return None


def navigation(request):
    section = current_section(request)
    items = []
    for name, label, url in _sections(url_state()):
        current = None
        if name == section:
            current = "page" if request.path == url else "true"
        items.append(NavItem(label, url, current))
    return items


@lru_cache(maxsize=16)
def _sections(state):
    # Each section's label and address in the state's language (its third part, the active
    # one): translating and reversing them on every page read the active language and URL
    # configuration from asgiref Locals a dozen times (core/named_urls.py).
    return [(name, str(label), named_url(view_name, state)) for name, label, view_name in SECTIONS]
