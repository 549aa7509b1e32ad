"""The site's sitemap: an index of sections, each a sitemap of at most 50,000 URLs.

The index (/sitemap.xml) lists the site's named pages, the categories and one section per
block of message ids (press/sitemaps.py): its queries are two reads of the primary key's
ends, and it grows by one line per 5,000 messages; each section is one range of the key,
the same cost at any size.
"""

from xml.sax.saxutils import escape

from django.contrib.sitemaps import views as sitemap_views
from django.http import Http404, HttpResponse
from django.urls import reverse

from press import sitemaps as press


class SitePagesSitemap(press.NamedPagesSitemap):
    names = ["home", *press.NamedPagesSitemap.names]


NAMED_SECTIONS = {"pages": SitePagesSitemap, "categories": press.CategorySitemap}


def section_names():
    return [
        *NAMED_SECTIONS,
        *(press.MESSAGES_SECTION.format(block=block) for block in press.message_blocks()),
    ]


def index(request):
    """The sitemap index, written out directly: at a million messages it lists 200 sections.

    Their addresses come from one reverse() with a marker in it: a reverse() and an absolute
    address each were nine tenths of the index's time at a million messages.
    """
    marker = "SECTION-MARKER"
    before, _, after = request.build_absolute_uri(
        reverse("sitemap-section", kwargs={"section": marker})
    ).partition(marker)
    locations = "".join(
        f"<sitemap><loc>{escape(before + name + after)}</loc></sitemap>\n"
        for name in section_names()
    )
    return _xml(
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        f"{locations}</sitemapindex>\n"
    )


def section(request, section):
    sitemap = _sitemap(section)
    if isinstance(sitemap, press.MessageSection):
        return _message_section(request, sitemap)
    return sitemap_views.sitemap(request, {section: sitemap}, section=section)


def _message_section(request, sitemap):
    """A section of messages, written out directly (see MessageSection.entries): each with its
    translation, where it has a public one, as hreflang alternates."""
    origin = request.build_absolute_uri("/").rstrip("/")
    urls = "".join(
        f"<url><loc>{escape(origin + path)}</loc>"
        f"<lastmod>{changed}</lastmod>"
        + "".join(
            f'<xhtml:link rel="alternate" hreflang="{language}" '
            f'href="{escape(origin + alternate)}"/>'
            for language, alternate in alternates
        )
        + "</url>\n"
        for path, changed, alternates in sitemap.entries()
    )
    return _xml(
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        f'xmlns:xhtml="http://www.w3.org/1999/xhtml">\n{urls}</urlset>\n'
    )


def _xml(document):
    response = HttpResponse(
        '<?xml version="1.0" encoding="UTF-8"?>\n' + document, content_type="application/xml"
    )
    # As Django's sitemap views say: the sitemap itself is not a page to index.
    response.headers["X-Robots-Tag"] = "noindex, noodp, noarchive"
    return response


def _sitemap(name):
    if name in NAMED_SECTIONS:
        return NAMED_SECTIONS[name]
    prefix = press.MESSAGES_SECTION.format(block="")
    number = name.removeprefix(prefix)
    if name.startswith(prefix) and number.isascii() and number.isdigit() and len(number) < 12:
        return press.MessageSection(int(number))
    raise Http404("No such sitemap.")
