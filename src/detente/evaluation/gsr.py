"""Read PLOVER gold-standard (GSR) records in their published shapes; odd records are skipped."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from detente.errors import InputRejected
from detente.evaluation.scores import RECORD, GoldFile
from detente.lexicons.ontology import PLOVER_TYPES
from detente.records import InputError

# PLOVER 0.5b1 labels of the gold records → 0.8 (type, mode); other labels keep their names.
OLD_LABELS: Mapping[str, tuple[str, str | None]] = MappingProxyType({
    "DEMAND": ("REQUEST", None),
    "DISAPPROVE": ("ACCUSE", None),
    "FIGHT": ("ASSAULT", None),
    "INVESTIGATE": ("ACCUSE", "investigate"),
})  # fmt: skip
# Keys the published files have used for an actor's text, first one present wins.
_TEXT_KEYS = ("actorText", "text", "actor_text", "name")


@dataclass(**RECORD)
class GoldActor:
    """A source or target actor of a gold record."""

    text: str
    country: str | None  # ISO3 or IGO/NGO-style code as given by the gold file
    sector: str | None  # first three letters of the gold sector, upper case; '***' → None


@dataclass(**RECORD)
class GoldRecord:
    """One gold sentence with its PLOVER 0.8 type and actors."""

    id: str
    text: str
    event_type: str
    mode: str | None
    source: tuple[GoldActor, ...]
    target: tuple[GoldActor, ...]


# Records are read by hand, not with a pydantic model: the published files vary in shape (one
# actor object or a list, a code or a list of codes), and each shape that cannot be scored needs a
# reason a person can act on, not a validation trace.


class OddRecord(ValueError):
    """A record shape this reader cannot score; the message says what is wrong."""


def _codes(value: object, what: str) -> list[str]:
    """A code field as a list of strings: a string, a list of strings, or nothing."""
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return [v for v in value if v.strip()]
    raise OddRecord(f"{what} is {type(value).__name__} {value!r}, not a code or list of codes")


def _actors(value: object, field: str) -> tuple[GoldActor, ...]:
    """The actors of a source/target field: a list of actor objects, one object, or empty."""
    if value is None or value == "" or value == []:
        return ()
    if isinstance(value, str):
        raise OddRecord(f"{field} is a plain string ({value!r}), not a list of actors")
    items = [value] if isinstance(value, dict) else value
    if not isinstance(items, list):
        raise OddRecord(f"{field} is {type(value).__name__}, not a list of actors")
    actors: list[GoldActor] = []
    for item in items:
        if not isinstance(item, dict):
            raise OddRecord(f"{field} holds {type(item).__name__} {item!r}, not an actor object")
        text = next((item[k] for k in _TEXT_KEYS if isinstance(item.get(k), str)), "")
        sectors = [s.strip()[:3].upper() for s in _codes(item.get("sector"), f"{field} sector")]
        sector = next((s for s in sectors if s and s != "***"), None)
        countries: list[str | None] = [
            c.strip().upper() or None for c in _codes(item.get("code"), f"{field} code")
        ]
        # A list of codes means any of them is right: one gold actor per code.
        for country in countries or [None]:
            actors.append(GoldActor(text=text, country=country, sector=sector))
    return tuple(actors)


def _event_label(record: Mapping[str, Any]) -> tuple[str, str | None]:
    """The PLOVER 0.8 type and mode of a record, its 0.5b1 label mapped."""
    label = record.get("event")
    if isinstance(label, list) and len(label) == 1:
        label = label[0]
    if not isinstance(label, str) or not label.strip():
        raise OddRecord(f"event is {label!r}, not a PLOVER type")
    event_type, mode = OLD_LABELS.get(label.strip().upper(), (label.strip().upper(), None))
    if event_type not in PLOVER_TYPES:
        raise OddRecord(f"unknown event label {label!r}")
    given = record.get("mode")
    return event_type, mode or (given if isinstance(given, str) and given.strip() else None)


def parse_record(record: object, default_id: str) -> GoldRecord:
    """One decoded JSON record as a GoldRecord; raises OddRecord when it cannot be scored."""
    if not isinstance(record, dict):
        raise OddRecord(f"a {type(record).__name__}, not a record object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise OddRecord("no sentence text")
    given_id = record.get("id")
    event_type, mode = _event_label(record)
    return GoldRecord(
        id=str(given_id) if isinstance(given_id, str | int) and str(given_id) else default_id,
        text=text,
        event_type=event_type,
        mode=mode,
        source=_actors(record.get("source"), "source"),
        target=_actors(record.get("target"), "target"),
    )


def _decoded(path: Path, text: str) -> Iterator[tuple[str, object]]:
    """(origin, decoded value) of each record: JSON lines, or one JSON array of records."""
    if text.lstrip().startswith("["):
        try:
            items = json.loads(text)
        except json.JSONDecodeError:
            items = None  # a JSONL file whose first record is an array: read it line by line
        if isinstance(items, list):
            for index, item in enumerate(items, start=1):
                yield f"{path}: record {index}", item
            return
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield f"{path}:{lineno}", json.loads(line)
        except json.JSONDecodeError as exc:
            yield f"{path}:{lineno}", OddRecord(f"not JSON ({exc.msg})")


def read_gold(path: Path) -> GoldFile[GoldRecord]:
    """Read a GSR file (JSONL or a JSON array); a record that cannot be scored is skipped."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputRejected(str(path), f"cannot read gold file ({exc})") from exc
    records: list[GoldRecord] = []
    skipped: list[InputError] = []
    for origin, value in _decoded(path, text):
        try:
            if isinstance(value, OddRecord):
                raise value
            records.append(parse_record(value, default_id=origin))
        except OddRecord as exc:
            skipped.append(InputError(origin=origin, reason=str(exc)))
    return GoldFile(records=tuple(records), skipped=tuple(skipped))
