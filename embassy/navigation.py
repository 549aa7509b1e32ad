"""The main navigation: four sections, and which of them the page belongs to.

A message's page belongs to "All messages", an office's page to "Consular", a category's page
to "Categories": the section is read from the view's URL name and namespace, so a new page in
an app is marked without a change here.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from core.named_urls import named_url


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
    for name, label, view_name in SECTIONS:
        url = named_url(view_name)
        current = None
        if name == section:
            current = "page" if request.path == url else "true"
        items.append(NavItem(label, url, current))
    return items
