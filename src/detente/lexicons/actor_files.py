"""Reading actor files: YAML and TSV text into validated ActorFile models, errors with lines."""

from __future__ import annotations

import csv
import hashlib
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from detente.errors import LexiconError
from detente.lexicons.actor_schema import KINDS, ActorFile, PersonEntry, RoleEntry


def _line_of(text: str, loc: Sequence[Any]) -> int:
    """Line of the YAML node at a pydantic error location (the deepest node that exists)."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return 0
    line = node.start_mark.line + 1 if node else 0
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            node = next((v for k, v in node.value if k.value == part), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            node = node.value[part] if part < len(node.value) else None
        else:
            node = None
        if node is None:
            break
        line = node.start_mark.line + 1
    return line


class _PlainLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """Reads scalars as strings (or null): the schema converts, and "No" stays a name, not False.

    Skipping PyYAML's date, number and boolean guessing also halves the load time.
    """

    yaml_implicit_resolvers: dict[str, Any] = {}  # noqa: RUF012 (PyYAML's class attribute)


_PlainLoader.add_implicit_resolver(
    "tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""]
)


def read_actor_yaml(text: str, origin: str) -> ActorFile:
    """Validate the text of one YAML actor file; errors name the origin and line."""
    try:
        data = yaml.load(text, Loader=_PlainLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{origin}:{mark.line + 1}" if mark else origin
        raise LexiconError(f"{where}: not valid YAML ({getattr(exc, 'problem', exc)})") from exc
    try:
        return ActorFile.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = first["loc"]
        line = _line_of(text, loc)
        where = f"{origin}:{line}" if line else origin
        path = ".".join(map(str, loc)) or "file"
        raise LexiconError(f"{where}: {path}: {first['msg']}") from exc


TSV_COLUMNS = ("name", "country", "sector", "start", "end")
TSV_SUFFIXES = (".tsv", ".tab")


def read_actor_tsv(text: str, origin: str) -> ActorFile:
    """Read name/country/sector/start/end rows; rows with one name become one actor's roles."""
    roles: dict[str, list[RoleEntry]] = {}
    for number, row in enumerate(csv.reader(text.splitlines(), delimiter="\t"), start=1):
        if not row or not "".join(row).strip() or row[0].lstrip().startswith("#"):
            continue
        if number == 1 and [c.strip().lower() for c in row[:2]] == ["name", "country"]:
            continue
        cells = [c.strip() for c in row] + [""] * (len(TSV_COLUMNS) - len(row))
        if len(row) > len(TSV_COLUMNS) or not cells[0] or not cells[1]:
            raise LexiconError(f"{origin}:{number}: expected columns {', '.join(TSV_COLUMNS)}")
        try:
            role = RoleEntry.model_validate({"country": cells[1], "sector": cells[2] or "GOV",
                                             "start": cells[3] or None, "end": cells[4] or None})
        except ValidationError as exc:
            first = exc.errors()[0]
            column = first["loc"][0] if first["loc"] else "row"
            raise LexiconError(f"{origin}:{number}: {column}: {first['msg']}") from exc
        roles.setdefault(cells[0], []).append(role)
    people = tuple(PersonEntry(name=name, roles=tuple(r)) for name, r in roles.items())
    return ActorFile(version=hashlib.sha1(text.encode()).hexdigest()[:8], people=people)


def _known_codes(files: Sequence[tuple[ActorFile, str, str]]) -> set[str]:
    return set(KINDS) | {c.code for f, _, _ in files for c in f.countries} | {
        c.output for f, _, _ in files for c in f.countries}


def _tsv_line(text: str, code: str) -> int:
    for number, line in enumerate(text.splitlines(), start=1):
        cells = line.split("\t")
        if len(cells) > 1 and cells[1].strip() == code:
            return number
    return 0


def check_codes(files: Sequence[tuple[ActorFile, str, str]]) -> None:
    """Every country field must name a country entry or a kind code."""
    known = _known_codes(files)
    for model, origin, text in files:
        refs: list[tuple[tuple[Any, ...], str | None]] = []
        refs += [(("countries", i, "parent"), c.parent) for i, c in enumerate(model.countries)]
        refs += [(("countries", i, "sovereign"), c.sovereign)
                 for i, c in enumerate(model.countries)]
        refs += [(("organisations", i, "country"), o.country)
                 for i, o in enumerate(model.organisations)]
        refs += [(("people", i, "roles", j, "country"), r.country)
                 for i, p in enumerate(model.people) for j, r in enumerate(p.roles)]
        for loc, code in refs:
            if code is not None and code not in known:
                tsv = origin.endswith(TSV_SUFFIXES)
                line = _tsv_line(text, code) if tsv else _line_of(text, loc)
                where = f"{origin}:{line}" if line else origin
                path = ".".join(map(str, loc))
                raise LexiconError(f"{where}: {path}: unknown country code {code!r}")


def read_actor_file(path: Path) -> tuple[ActorFile, str]:
    """Read one user actor file (YAML, or TSV by its .tsv suffix) and its text."""
    try:
        text = path.read_text("utf-8")
    except OSError as exc:
        raise LexiconError(f"{path}: cannot read actor file ({exc.strerror})") from exc
    reader = read_actor_tsv if path.suffix.lower() in TSV_SUFFIXES else read_actor_yaml
    return reader(text, str(path)), text


SECTIONS = ("countries", "organisations", "people", "agents")


def with_yaml_sources(model: ActorFile, text: str, origin: str) -> ActorFile:
    """The entries with ``source`` set to the file and line each starts on (unless written)."""
    try:
        root = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        return model  # read_actor_yaml has reported what is wrong with the text
    if not isinstance(root, yaml.MappingNode):
        return model
    nodes = {key.value: value for key, value in root.value}
    update = {}
    for section in SECTIONS:
        node = nodes.get(section)
        entries = getattr(model, section)
        if not isinstance(node, yaml.SequenceNode) or len(node.value) != len(entries):
            continue
        update[section] = tuple(
            entry if entry.source else
            entry.model_copy(update={"source": f"{origin}:{item.start_mark.line + 1}"})
            for entry, item in zip(entries, node.value, strict=True))
    return model.model_copy(update=update)
