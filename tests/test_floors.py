"""The floors of the house (DESIGN.md): imports run one way, down.

core is the ground floor; press and counters stand on it and never import each other; embassy
(the site: project settings, home page, header, consular pages) stands on all of them.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
APPS = {"core", "counters", "press", "embassy"}
MAY_IMPORT = {
    "core": set(),
    "counters": {"core"},
    "press": {"core"},
    "embassy": {"core", "counters", "press"},
}


def imported_apps(app):
    """(file, app) for every import of another of our apps in `app`'s source."""
    for source in (ROOT / app).rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top in APPS and top != app:
                    yield source.relative_to(ROOT), top


@pytest.mark.parametrize("app", sorted(APPS))
def test_an_app_imports_only_the_floors_below_it(app):
    upward = [f"{source} imports {top}" for source, top in imported_apps(app)
              if top not in MAY_IMPORT[app]]
    assert upward == []


def request_attributes(app):
    """(attribute, "set" or "read", file) for each request.<attribute> in `app`'s source."""
    for source in (ROOT / app).rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id == "request"
            ):
                use = "set" if isinstance(node.ctx, ast.Store) else "read"
                yield node.attr, use, source.relative_to(ROOT)
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in {"getattr", "setattr", "hasattr"}
                and len(node.args) >= 2
                and isinstance(node.args[0], ast.Name)
                and node.args[0].id == "request"
                and isinstance(node.args[1], ast.Constant)
            ):
                use = "set" if node.func.id == "setattr" else "read"
                yield node.args[1].value, use, source.relative_to(ROOT)


def test_no_app_reads_a_request_attribute_another_app_sets():
    uses = [(app, *use) for app in sorted(APPS) for use in request_attributes(app)]
    ours = {attribute: app for app, attribute, use, _ in uses if use == "set"}
    assert ours, "the page freshness bound at least is set on the request"
    elsewhere = [
        f"{source} reads request.{attribute}, which {ours[attribute]} sets"
        for app, attribute, _use, source in uses
        if attribute in ours and app != ours[attribute]
    ]
    assert elsewhere == []
