"""The Jinja2 environment of the public pages (templates/jinja2/).

Jinja2 rather than Django's template engine because the public pages are rendered on every
request the page cache does not answer: with Jinja2 such a request takes 7–40% fewer
instructions (DESIGN.md, Performance). The admin keeps Django's templates (templates/admin/).

The templates read as Django's did: the same globals under the same names (`url`, `static`),
Django's own filters where Jinja2's differ (dates in the home zone, file sizes in binary
units, tags stripped Django's way), missing values as empty text, and translations through
Django's catalogue (`{% trans %}`, which `embassy.catalogue` extracts).
"""

import unicodedata
from datetime import datetime
from functools import lru_cache
from types import SimpleNamespace

from django.template import defaultfilters, defaulttags
from django.utils import translation
from django.utils.dateformat import DateFormat, re_escaped, re_formatchars
from django.utils.formats import FORMAT_SETTINGS
from django.utils.safestring import mark_safe
from django.utils.timezone import template_localtime
from jinja2 import ChainableUndefined, Environment, pass_context

from core.language_switcher import page_language, switcher_link
from core.named_urls import named_url, static_url, url_with
from press.search import marked
from press.summaries import summaries

from .fragments import page_chrome
from .stylesheet import inline_text

SWITCHER_TEMPLATE = "includes/language_switcher.html"


def environment(**options):
    # A missing value reads as empty, at any depth, as in Django's templates: a page that
    # passes no `meta_description` gets the site's.
    options["undefined"] = ChainableUndefined
    # Django's templates keep a file's last newline; so do ours.
    options.setdefault("keep_trailing_newline", True)
    # Every value escaped unless marked safe, whatever a setting says.
    options.pop("autoescape", None)
    env = Environment(autoescape=True, extensions=["jinja2.ext.i18n"], **options)
    # Old-style gettext: a {% trans %} text with no placeholder is taken as written ("400%"),
    # as Django's {% translate %} takes it; the catalogue's ids stay the same.
    env.install_gettext_callables(translation.gettext, translation.ngettext, newstyle=False)
    env.globals.update(
        url=url,
        static=static_url,
        page_language=page_language,
        language_switcher=language_switcher,
        site_header=site_header,
        site_footer=site_footer,
        inline_stylesheet=inline_stylesheet,
        absolute_url=absolute_url,
        querystring=querystring,
    )
    env.filters.update(
        date=in_local_time(plain_date),
        time=in_local_time(defaultfilters.time),
        summaries=summaries,
        search_marks=marked,
        yesno=defaultfilters.yesno,
        filesizeformat=defaultfilters.filesizeformat,
        linebreaksbr=defaultfilters.linebreaksbr,
        striptags=defaultfilters.striptags,
        truncatechars=truncate_chars,
        urlencode=defaultfilters.urlencode,
    )
    return env


def url(name, *args, **kwargs):
    """{{ url("press:category-detail", slug) }}: Django's {% url %}."""
    return _reversed(name, args, kwargs)


def url_in(state):
    """url() for one render, given the URL state read once (core/named_urls.url_state)."""
    return lambda name, *args, **kwargs: _reversed(name, args, kwargs, state)


def _reversed(name, args, kwargs, state=None):
    if not args and not kwargs:
        return named_url(name, state)
    return url_with(name, args, kwargs, state=state)


def truncate_chars(value, length):
    """Django's truncatechars filter, with no translation looked up for a text that fits.

    Django's works out the length of its ellipsis ("…", a translatable string) on every call,
    before it looks at the text: about 35 µs, for the description of every page, which almost
    always fits. A text whose NFC form (what Django measures and returns) is no longer than
    `length` comes back as that form, as from Django's; anything else is Django's to answer.
    """
    if type(value) is str and type(length) is int and length > 0:
        text = unicodedata.normalize("NFC", value)
        # Django counts the characters that are not combining marks: never more than these.
        if len(text) <= length:
            return text
    return defaultfilters.truncatechars(value, length)


# Format characters whose text Django's DateFormat reads off the date and time alone: numbers
# (no name of a day or month, no zone), the same in every language.
PLAIN_FORMAT_CHARACTERS = frozenset("cdjmnyYGHis")


def plain_date(value, arg=None):
    """Django's date filter, which for a datetime and a format of numbers only ("c",
    "d.m.Y") calls DateFormat's own methods for them and no more.

    Django's builds a DateFormat for each value, which first works out whether the time is
    ambiguous in its zone, and splits the format anew: about 20 µs a date, three on a
    message's page. Any other value or format is Django's to answer.
    """
    pieces = _plain_pieces(arg) if type(value) is datetime and type(arg) is str else None
    if pieces is None:
        return defaultfilters.date(value, arg)
    formatter = SimpleNamespace(data=value)
    return "".join(piece if type(piece) is str else str(piece(formatter)) for piece in pieces)


@lru_cache(maxsize=64)
def _plain_pieces(format_string):
    """The format as Django's Formatter splits it, literals as text and format characters as
    DateFormat's methods; None if it names a format setting (or is empty: the default one) or
    asks for more than numbers."""
    if not format_string or format_string in FORMAT_SETTINGS:
        return None
    pieces = []
    for number, piece in enumerate(re_formatchars.split(format_string)):
        if number % 2:
            if piece not in PLAIN_FORMAT_CHARACTERS:
                return None
            pieces.append(getattr(DateFormat, piece))
        elif piece:
            pieces.append(re_escaped.sub(r"\1", piece))
    return tuple(pieces)


def in_local_time(date_filter):
    """Django's date filter, given the time in the home zone as Django's templates give it."""
    def localised(value, arg=None):
        return date_filter(template_localtime(value), arg)
    return localised


@pass_context
def language_switcher(context, to_home=False):
    """A link to this page in the other language (core/language_switcher.py)."""
    template = context.environment.get_template(SWITCHER_TEMPLATE)
    return mark_safe(template.render(switcher_link(context, to_home)))  # noqa: S308


@pass_context
def site_header(context):
    """The masthead (embassy/header.html), kept for its minute (embassy/fragments.py)."""
    return page_chrome(context["request"])[0]


@pass_context
def site_footer(context):
    """The footer (includes/site_footer.html), kept with the header."""
    return page_chrome(context["request"])[1]


def inline_stylesheet():
    """<style> with the site's stylesheet; its hash is in the CSP (embassy/stylesheet.py)."""
    # Our own file, not user input; "</" would end the element early, and the test of the
    # stylesheet refuses it.
    return mark_safe(f"<style>{inline_text()}</style>")  # noqa: S308


@pass_context
def absolute_url(context, url):
    """`url` made absolute for this request (already absolute ones, e.g. S3, stay as they are)."""
    return context["request"].build_absolute_uri(url)


@pass_context
def querystring(context, **changes):
    """Django's {% querystring %}: this request's query string with `changes` (None removes)."""
    return defaulttags.querystring(SimpleNamespace(request=context["request"]), **changes)
