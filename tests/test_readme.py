"""The README cannot drift: every command and option is in its reference; CI runs its commands."""

from __future__ import annotations

from typing import Any

import typer

from detente.cli import app

from support import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def _commands(group: Any, prefix: str = "detente") -> list[tuple[str, Any]]:
    """(path, command) for every leaf command; Typer ships its own click, so duck-type it."""
    found = []
    for name, command in group.commands.items():
        path = f"{prefix} {name}"
        if hasattr(command, "commands"):
            found.extend(_commands(command, path))
        else:
            found.append((path, command))
    return found


def test_every_command_and_option_is_in_the_readme_reference() -> None:
    root = typer.main.get_command(app)
    missing = []
    for path, command in _commands(root):
        if f"`{path}" not in README:
            missing.append(path)
        for param in command.params:
            documented = any(f"`{opt}" in README for opt in param.opts)
            is_option = param.param_type_name == "option"
            if is_option and "--help" not in param.opts and not documented:
                missing.append(f"{path} {param.opts[0]}")
    assert missing == []


def test_ci_runs_the_readme_install_and_test_commands() -> None:
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "pip install '.[test]' && pytest" in README
    assert "pip install . && detente demo" in README
    assert "pip install --quiet '.[test]'" in ci and "\npytest" in ci
