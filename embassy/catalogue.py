"""The Russian catalogue (locale/ru/): what our code asks to translate, kept complete and fresh.

`manage.py translations update` gathers every translatable string of our Python code and
templates, merges them into locale/ru/LC_MESSAGES/django.po (new strings arrive untranslated,
strings no longer used leave) and compiles django.mo beside it. `manage.py translations check`
(run by `make test`, and so in CI) fails if a string has no Russian translation, if the
catalogue lists strings the code no longer has or lacks ones it has, or if django.mo is not
the compiled django.po.

Everything is done in Python, with Babel (which the site already uses for plural rules) and
Django's own template reader, the one `makemessages` uses: no GNU gettext is needed, so a fresh
machine sets up and checks the site with what `pip install` brings. The compiled catalogue is
committed, so the site needs no build step to speak Russian.
"""

import io
from dataclasses import dataclass, field
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract
from babel.messages.mofile import read_mo, write_mo
from babel.messages.pofile import read_po, write_po
from django.conf import settings
from django.utils.translation.template import templatize
from jinja2.ext import babel_extract

ROOT = Path(settings.BASE_DIR)
# Our code: the apps and the templates. Migrations record history, tests are not shown.
PYTHON_SOURCES = ["core", "counters", "press", "embassy"]
TEMPLATE_SOURCES = ["templates"]
# The public pages' templates are Jinja2 (embassy/jinja_environment.py), the admin's Django's.
JINJA_FOLDER = "jinja2"
SKIPPED_FOLDERS = {"migrations", "__pycache__"}
LANGUAGES = ["ru"]
DOMAIN = "django"

# The functions through which our code marks strings, and where their arguments are: gettext's
# own (Babel's defaults) and Django's lazy and no-op forms of them.
KEYWORDS = {
    **DEFAULT_KEYWORDS,
    "gettext_lazy": None,
    "gettext_noop": None,
    "ngettext_lazy": (1, 2),
    "pgettext_lazy": ((1, "c"), 2),
    "npgettext_lazy": ((1, "c"), 2, 3),
}
COMMENT_TAGS = ["Translators:"]


def catalogue_path(language, suffix="po"):
    return ROOT / "locale" / language / "LC_MESSAGES" / f"{DOMAIN}.{suffix}"


def _source_files():
    for folder in PYTHON_SOURCES:
        for path in sorted((ROOT / folder).rglob("*.py")):
            if not SKIPPED_FOLDERS & set(path.relative_to(ROOT).parts):
                yield path, "python"
    for folder in TEMPLATE_SOURCES:
        for path in sorted((ROOT / folder).rglob("*.html")):
            jinja = JINJA_FOLDER in path.relative_to(ROOT / folder).parts
            yield path, "jinja" if jinja else "template"


def _messages_in(path, kind):
    if kind == "jinja":
        # Jinja2's own reading of {% trans %} (with its placeholders as %(name)s, the same ids
        # Django's {% blocktranslate %} gives).
        with path.open("rb") as source:
            return list(extract(
                babel_extract, source, keywords=KEYWORDS, comment_tags=COMMENT_TAGS,
                options={"extensions": "jinja2.ext.i18n", "encoding": "utf-8"},
            ))
    text = path.read_text(encoding="utf-8")
    if kind == "template":
        # Django's own reading of {% translate %}, {% blocktranslate %} and _("…") in templates,
        # as Python that the Python extractor understands.
        text = templatize(text, origin=str(path))
    return extract(
        "python", io.BytesIO(text.encode("utf-8")), keywords=KEYWORDS,
        comment_tags=COMMENT_TAGS, options={"encoding": "utf-8"},
    )


def extracted():
    """A template catalogue of every translatable string in our code, with where it is."""
    template = Catalog(domain=DOMAIN, project="embassy-press-site", fuzzy=False)
    for path, kind in _source_files():
        where = str(path.relative_to(ROOT))
        for _line, message, comments, context in _messages_in(path, kind):
            if not (message[0] if isinstance(message, tuple) else message):
                continue  # _("") and the like: nothing to translate
            template.add(
                message, locations=[(where, None)], auto_comments=comments, context=context,
                flags=["python-format"] if "%" in str(message) else [],
            )
    return template


HEADER = """\
# The embassy press site's own strings in %(language)s.
# Kept by `manage.py translations update`; checked by `manage.py translations check`.
#"""


def read_catalogue(language):
    path = catalogue_path(language)
    if not path.exists():
        return Catalog(
            locale=language, domain=DOMAIN, project="embassy-press-site", version="1",
            header_comment=HEADER % {"language": language}, fuzzy=False,
        )
    with path.open("rb") as po:
        return read_po(po, locale=language, domain=DOMAIN)


def _compiled(catalogue):
    mo = io.BytesIO()
    write_mo(mo, catalogue)
    return mo.getvalue()


def update(language):
    """Merge our code's strings into the language's catalogue, and compile it. Returns it."""
    catalogue = read_catalogue(language)
    catalogue.update(
        extracted(), no_fuzzy_matching=True, update_header_comment=False,
        update_creation_date=False,
    )
    catalogue.fuzzy = False
    path = catalogue_path(language)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as po:
        write_po(po, catalogue, width=100, omit_header=False, ignore_obsolete=True,
                 include_previous=False, sort_output=True, include_lineno=False)
    # Compiled from the file as written, as `check` reads it.
    catalogue = read_catalogue(language)
    catalogue_path(language, "mo").write_bytes(_compiled(catalogue))
    return catalogue


@dataclass
class Findings:
    """What is wrong with one language's catalogue; nothing when it is complete and fresh."""

    language: str
    untranslated: list = field(default_factory=list)
    fuzzy: list = field(default_factory=list)
    missing: list = field(default_factory=list)  # in our code, not in the catalogue
    unused: list = field(default_factory=list)  # in the catalogue, no longer in our code
    stale_compiled: bool = False

    def __bool__(self):
        return bool(
            self.untranslated or self.fuzzy or self.missing or self.unused or self.stale_compiled
        )

    def report(self):
        lines = []
        for title, items in [
            ("without a translation", self.untranslated),
            ("marked fuzzy (a guess to review)", self.fuzzy),
            ("in the code but not in the catalogue", self.missing),
            ("in the catalogue but no longer in the code", self.unused),
        ]:
            if items:
                lines.append(f"{len(items)} string(s) {title}:")
                lines.extend(f"  {_shown(key)}" for key in items)
        if self.stale_compiled:
            lines.append(f"{catalogue_path(self.language, 'mo')} is not the compiled .po.")
        return "\n".join(lines)


def _key(message):
    message_id = tuple(message.id) if isinstance(message.id, list | tuple) else message.id
    return (message_id, message.context)


def _shown(key):
    message_id, context = key
    text = message_id[0] if isinstance(message_id, tuple) else message_id
    return f"{text!r}" + (f" (context {context!r})" if context else "")


def _strings(message):
    return tuple(message.string) if message.pluralizable else (message.string,)


def _contents(compiled):
    """{key: strings} of a compiled catalogue (read back with read_mo), header aside."""
    return {_key(message): _strings(message) for message in compiled if message.id}


def check(language, code=None):
    """Findings for `language`'s catalogue against `code` (our code's strings by default)."""
    code = code if code is not None else extracted()
    catalogue = read_catalogue(language)
    findings = Findings(language)
    in_code = {_key(message) for message in code if message.id}
    in_catalogue = {_key(message): message for message in catalogue if message.id}
    findings.missing = sorted(in_code - in_catalogue.keys(), key=str)
    findings.unused = sorted(in_catalogue.keys() - in_code, key=str)
    for key, message in sorted(in_catalogue.items(), key=lambda item: str(item[0])):
        if not all(_strings(message)):
            findings.untranslated.append(key)
        elif message.fuzzy:
            findings.fuzzy.append(key)
    mo = catalogue_path(language, "mo")
    if not mo.exists():
        findings.stale_compiled = True
    else:
        with mo.open("rb") as committed:
            fresh = read_mo(io.BytesIO(_compiled(catalogue)))
            findings.stale_compiled = _contents(read_mo(committed)) != _contents(fresh)
    return findings
