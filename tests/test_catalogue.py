"""The catalogue check: CI fails if a string of ours has no Russian translation, or if the
catalogue is stale (it lacks strings the code has, keeps ones it no longer has, or its compiled
django.mo is not its django.po)."""

import pytest
from babel.messages.pofile import read_po, write_po
from django.core.management import CommandError, call_command

from embassy import catalogue


def test_the_russian_catalogue_is_complete_and_fresh():
    findings = catalogue.check("ru")
    assert not findings, findings.report()


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A small project of our own shape: an app and a template, and no catalogue yet."""
    (tmp_path / "app").mkdir()
    (tmp_path / "templates").mkdir()
    monkeypatch.setattr(catalogue, "ROOT", tmp_path)
    monkeypatch.setattr(catalogue, "PYTHON_SOURCES", ["app"])
    monkeypatch.setattr(catalogue, "TEMPLATE_SOURCES", ["templates"])
    write_code(tmp_path, python='_("Hello")', template='{% translate "World" %}')
    return tmp_path


def write_code(root, python, template):
    (root / "app" / "views.py").write_text(
        f"from django.utils.translation import gettext as _\n\nTEXT = {python}\n"
    )
    (root / "templates" / "page.html").write_text("{% load i18n %}" + template)


def translate(translations):
    """As a translator would: fill in the .po (not compiling it)."""
    path = catalogue.catalogue_path("ru")
    with path.open("rb") as po:
        catalog = read_po(po, locale="ru")
    for message in catalog:
        if message.id in translations:
            message.string = translations[message.id]
    with path.open("wb") as po:
        write_po(po, catalog)


def ids(keys):
    return [message_id for message_id, _context in keys]


def test_new_strings_arrive_untranslated_and_the_check_names_them(project):
    catalogue.update("ru")

    findings = catalogue.check("ru")

    assert findings
    assert ids(findings.untranslated) == ["Hello", "World"]
    assert not (findings.missing or findings.unused or findings.stale_compiled)


def test_a_translated_compiled_catalogue_passes(project):
    catalogue.update("ru")
    translate({"Hello": "Привет", "World": "Мир"})
    catalogue.update("ru")

    assert not catalogue.check("ru")


def test_a_catalogue_not_compiled_since_it_was_translated_is_stale(project):
    catalogue.update("ru")
    translate({"Hello": "Привет", "World": "Мир"})

    findings = catalogue.check("ru")

    assert findings.stale_compiled and not findings.untranslated


def test_a_string_added_to_the_code_or_removed_from_it_makes_the_catalogue_stale(project):
    catalogue.update("ru")
    translate({"Hello": "Привет", "World": "Мир"})
    catalogue.update("ru")
    write_code(project, python='_("Hello, again")', template='{% translate "World" %}')

    findings = catalogue.check("ru")

    assert ids(findings.missing) == ["Hello, again"]
    assert ids(findings.unused) == ["Hello"]


def test_plural_strings_need_every_russian_form(project):
    (project / "app" / "views.py").write_text(
        "from django.utils.translation import ngettext\n\n"
        'TEXT = ngettext("%(n)s day", "%(n)s days", 2)\n'
    )
    (project / "templates" / "page.html").write_text("")
    catalogue.update("ru")
    translate({("%(n)s day", "%(n)s days"): ("%(n)s день", "%(n)s дня", "")})
    catalogue.update("ru")

    assert ids(catalogue.check("ru").untranslated) == [("%(n)s day", "%(n)s days")]


def test_a_fuzzy_guess_is_not_a_translation(project):
    catalogue.update("ru")
    translate({"Hello": "Привет", "World": "Мир"})
    path = catalogue.catalogue_path("ru")
    path.write_text(path.read_text().replace('msgid "Hello"', '#, fuzzy\nmsgid "Hello"'))

    assert ids(catalogue.check("ru").fuzzy) == ["Hello"]


def test_the_command_fails_the_build_on_any_finding(project):
    catalogue.update("ru")
    with pytest.raises(CommandError, match="incomplete or stale"):
        call_command("translations", "check")


def test_the_public_pages_jinja_templates_give_their_strings_too(project):
    # The same ids Django's {% blocktranslate count %} gives: placeholders as %(name)s.
    (project / "templates" / "jinja2").mkdir()
    (project / "templates" / "jinja2" / "list.html").write_text(
        "{% trans %}Latest{% endtrans %} "
        "{% trans counter=n %}{{ counter }} message{% pluralize counter %}"
        "{{ counter }} messages{% endtrans %}"
    )
    catalogue.update("ru")

    untranslated = ids(catalogue.check("ru").untranslated)

    assert "Latest" in untranslated
    assert ("%(counter)s message", "%(counter)s messages") in untranslated
