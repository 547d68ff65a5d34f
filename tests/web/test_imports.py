"""The web package imports one way: only the app factory imports routes; analysis never web."""

from __future__ import annotations

import ast
from pathlib import Path

import detente

PACKAGE = Path(detente.__file__).resolve().parent
ROUTES = {"detente.web.api", "detente.web.explore", "detente.web.pages"}


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_analysis_imports_nothing_from_web() -> None:
    for path in (PACKAGE / "analysis").glob("*.py"):
        web = {name for name in _imports(path) if name.startswith("detente.web")}
        assert not web, f"{path.name} imports {sorted(web)}"


def test_only_the_app_factory_imports_route_modules() -> None:
    for path in (PACKAGE / "web").glob("*.py"):
        routes = _imports(path) & ROUTES
        if path.name == "app.py":
            assert routes == ROUTES
        else:
            assert not routes, f"{path.name} imports {sorted(routes)}"
