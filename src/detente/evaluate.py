"""Score a coder on PLOVER gold-standard records and check the scores against stored floors."""

from __future__ import annotations

import json
import tomllib
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, fields
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from rich.table import Table

from detente.errors import ConfigError, InputRejected
from detente.lexicons.ontology import PLOVER_TYPES
from detente.records import Event

RECORD = dict(frozen=True, slots=True, kw_only=True)

# PLOVER 0.5b1 labels of the gold records → 0.8 (type, mode); other labels keep their names.
OLD_LABELS: Mapping[str, tuple[str, str | None]] = MappingProxyType({
    "DEMAND": ("REQUEST", None),
    "DISAPPROVE": ("ACCUSE", None),
    "FIGHT": ("ASSAULT", None),
    "INVESTIGATE": ("ACCUSE", "investigate"),
})  # fmt: skip
NO_EVENT = "NONE"  # the predicted type of a sentence the coder found no event in
FLOORS_FILE = "quality_floors.toml"

# Report order of the scores; floors in quality_floors.toml use these names.
METRICS: tuple[str, ...] = (
    "top1",  # first event's type == gold type
    "any_type_recall",  # gold type among the types of all events
    "actor_country",  # matched event: some actor country in the gold source codes
    "actor_sector",  # matched event: some actor sector in the gold source sectors
    "recipient_country",  # matched event: some recipient country in the gold target codes
    "full",  # matched event: type, actor country and (if gold has one) recipient country
    "first_actor_country",  # as actor_country, on the first event
    "first_actor_sector",
    "first_recipient_country",
)


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


class _GoldActorModel(BaseModel):
    """An actor as written in the gold JSONL."""

    model_config = ConfigDict(extra="ignore", populate_by_name=True)

    text: str = Field(default="", alias="actorText")
    code: str | None = None
    sector: str | None = None


class _GoldLineModel(BaseModel):
    """One line of a PLOVER gold-standard JSONL file (only the fields scored here)."""

    model_config = ConfigDict(extra="ignore")

    id: str = Field(min_length=1)
    text: str = Field(min_length=1)
    event: str = Field(min_length=1)
    mode: str | None = None
    source: list[_GoldActorModel] = Field(default_factory=list)
    target: list[_GoldActorModel] = Field(default_factory=list)

    @field_validator("source", "target", mode="before")
    @classmethod
    def _empty_means_none(cls, value: object) -> object:
        return [] if value in ("", None) else value


def _gold_actor(model: _GoldActorModel) -> GoldActor:
    """Normalise the codes of a gold actor."""
    country = (model.code or "").strip().upper() or None
    sector = (model.sector or "").strip()[:3].upper() or None
    return GoldActor(text=model.text, country=country, sector=None if sector == "***" else sector)


def read_gold(path: Path) -> list[GoldRecord]:
    """Read a gold JSONL file, mapping PLOVER 0.5b1 labels to 0.8."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputRejected(str(path), f"cannot read gold file ({exc.strerror})") from exc
    records: list[GoldRecord] = []
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        origin = f"{path}:{lineno}"
        try:
            model = _GoldLineModel.model_validate_json(line)
        except ValidationError as exc:
            raise InputRejected(origin, f"not a gold record: {exc.errors()[0]['msg']}") from exc
        event_type, mode = OLD_LABELS.get(model.event, (model.event, None))
        if event_type not in PLOVER_TYPES:
            raise InputRejected(origin, f"unknown event label {model.event!r}")
        records.append(
            GoldRecord(
                id=model.id,
                text=model.text,
                event_type=event_type,
                mode=mode or model.mode or None,
                source=tuple(_gold_actor(a) for a in model.source),
                target=tuple(_gold_actor(a) for a in model.target),
            )
        )
    return records


@dataclass(**RECORD)
class Score:
    """A fraction of records scored correct."""

    correct: int
    total: int

    @property
    def value(self) -> float | None:
        """The accuracy, or None when no record could be scored."""
        return self.correct / self.total if self.total else None


@dataclass(**RECORD)
class TypeScore:
    """Precision, recall and F1 of the top-1 type for one PLOVER type."""

    precision: float
    recall: float
    f1: float
    support: int  # gold records of this type
    predicted: int  # records whose first event has this type


@dataclass(**RECORD)
class RecordResult:
    """How the coder did on one gold record, for error analysis."""

    id: str
    text: str
    gold_type: str
    gold_actors: tuple[str, ...]  # gold source country codes
    gold_actor_sectors: tuple[str, ...]
    gold_recipients: tuple[str, ...]  # gold target country codes
    predicted_type: str  # of the first event, NO_EVENT if none
    predicted_types: tuple[str, ...]  # of every event, in order
    matched_type: str  # of the matched event (first of the gold type, else first)
    predicted_actors: tuple[str, ...]  # matched event's actor countries
    predicted_actor_sectors: tuple[str, ...]
    predicted_recipients: tuple[str, ...]
    type_ok: bool
    any_type_ok: bool
    actor_ok: bool | None  # None: not scored (gold has no such code)
    sector_ok: bool | None
    recipient_ok: bool | None
    full_ok: bool
    first_actor_ok: bool | None
    first_sector_ok: bool | None
    first_recipient_ok: bool | None


@dataclass(**RECORD)
class EvalReport:
    """Scores of one coder on one gold set."""

    scores: Mapping[str, Score]  # keyed by METRICS names, in that order
    per_type: Mapping[str, TypeScore]
    confusion: Mapping[str, Mapping[str, int]]  # gold type → predicted type → count
    records: tuple[RecordResult, ...]

    def metric(self, name: str) -> float | None:
        """The value of one score by name."""
        return self.scores[name].value

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of the whole report."""
        return {
            "n_records": len(self.records),
            "scores": {
                name: {"value": s.value, "correct": s.correct, "total": s.total}
                for name, s in self.scores.items()
            },
            "per_type": {
                t: {
                    "precision": s.precision,
                    "recall": s.recall,
                    "f1": s.f1,
                    "support": s.support,
                    "predicted": s.predicted,
                }
                for t, s in self.per_type.items()
            },
            "confusion": {gold: dict(row) for gold, row in self.confusion.items()},
            "records": [_record_dict(r) for r in self.records],
        }


def _record_dict(result: RecordResult) -> dict[str, Any]:
    """One record result as JSON-ready values."""
    values = {f.name: getattr(result, f.name) for f in fields(result)}
    return {k: list(v) if isinstance(v, tuple) else v for k, v in values.items()}


def _any_in(predicted: Sequence[str | None], gold: Sequence[str]) -> bool | None:
    """Whether some predicted code is a gold code; None when gold has none to score."""
    if not gold:
        return None
    return any(code in gold for code in predicted if code is not None)


def _score_record(gold: GoldRecord, events: Sequence[Event]) -> RecordResult:
    """Compare the events coded for one gold sentence with the gold record."""
    gold_actors = tuple(a.country for a in gold.source if a.country)
    gold_sectors = tuple(a.sector for a in gold.source if a.sector)
    gold_recipients = tuple(a.country for a in gold.target if a.country)
    first = events[0] if events else None
    matched = next((e for e in events if e.event_type == gold.event_type), first)

    def check(event: Event | None) -> tuple[bool | None, bool | None, bool | None]:
        actors = event.actor if event else ()
        recipients = event.recipient if event else ()
        return (
            _any_in([a.country for a in actors], gold_actors),
            _any_in([a.sector for a in actors], gold_sectors),
            _any_in([r.country for r in recipients], gold_recipients),
        )

    actor_ok, sector_ok, recipient_ok = check(matched)
    first_actor_ok, first_sector_ok, first_recipient_ok = check(first)
    any_type_ok = any(e.event_type == gold.event_type for e in events)
    return RecordResult(
        id=gold.id,
        text=gold.text,
        gold_type=gold.event_type,
        gold_actors=gold_actors,
        gold_actor_sectors=gold_sectors,
        gold_recipients=gold_recipients,
        predicted_type=first.event_type if first else NO_EVENT,
        predicted_types=tuple(e.event_type for e in events),
        matched_type=matched.event_type if matched else NO_EVENT,
        predicted_actors=tuple(a.country or "" for a in matched.actor) if matched else (),
        predicted_actor_sectors=tuple(a.sector or "" for a in matched.actor) if matched else (),
        predicted_recipients=(tuple(r.country or "" for r in matched.recipient) if matched else ()),
        type_ok=first is not None and first.event_type == gold.event_type,
        any_type_ok=any_type_ok,
        actor_ok=actor_ok,
        sector_ok=sector_ok,
        recipient_ok=recipient_ok,
        # Conditions gold cannot check (no source or target code) do not count against a record.
        full_ok=any_type_ok and actor_ok is not False and recipient_ok is not False,
        first_actor_ok=first_actor_ok,
        first_sector_ok=first_sector_ok,
        first_recipient_ok=first_recipient_ok,
    )


def _score(flags: Sequence[bool | None]) -> Score:
    """Count the scored (non-None) flags and the true ones."""
    scored = [f for f in flags if f is not None]
    return Score(correct=sum(scored), total=len(scored))


def _per_type(results: Sequence[RecordResult]) -> dict[str, TypeScore]:
    """Precision/recall/F1 of top-1 types for every type in gold or predictions."""
    pairs = [(r.gold_type, r.predicted_type) for r in results]
    labels = sorted({g for g, _ in pairs} | {p for _, p in pairs if p != NO_EVENT})
    table: dict[str, TypeScore] = {}
    for label in labels:
        hits = sum(1 for g, p in pairs if g == p == label)
        support = sum(1 for g, _ in pairs if g == label)
        predicted = sum(1 for _, p in pairs if p == label)
        precision = hits / predicted if predicted else 0.0
        recall = hits / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        table[label] = TypeScore(
            precision=precision, recall=recall, f1=f1, support=support, predicted=predicted
        )
    return table


def evaluate(gold: Sequence[GoldRecord], code: Callable[[str], Sequence[Event]]) -> EvalReport:
    """Code every gold sentence with `code` and score the events against the gold records."""
    results = tuple(_score_record(record, list(code(record.text))) for record in gold)
    flags: dict[str, list[bool | None]] = {
        "top1": [r.type_ok for r in results],
        "any_type_recall": [r.any_type_ok for r in results],
        "actor_country": [r.actor_ok for r in results],
        "actor_sector": [r.sector_ok for r in results],
        "recipient_country": [r.recipient_ok for r in results],
        "full": [r.full_ok for r in results],
        "first_actor_country": [r.first_actor_ok for r in results],
        "first_actor_sector": [r.first_sector_ok for r in results],
        "first_recipient_country": [r.first_recipient_ok for r in results],
    }
    confusion: dict[str, Counter[str]] = {}
    for r in results:
        confusion.setdefault(r.gold_type, Counter())[r.predicted_type] += 1
    return EvalReport(
        scores=MappingProxyType({name: _score(flags[name]) for name in METRICS}),
        per_type=MappingProxyType(_per_type(results)),
        confusion=MappingProxyType(
            {g: MappingProxyType(dict(row.most_common())) for g, row in sorted(confusion.items())}
        ),
        records=results,
    )


def render_table(report: EvalReport) -> Table:
    """The scores as a rich table (accuracy, correct, scored)."""
    table = Table(title=f"detente on {len(report.records)} gold records")
    table.add_column("metric")
    table.add_column("accuracy", justify="right")
    table.add_column("correct", justify="right")
    table.add_column("scored", justify="right")
    for name, score in report.scores.items():
        value = "n/a" if score.value is None else f"{score.value:.3f}"
        table.add_row(name, value, str(score.correct), str(score.total))
    return table


def render_type_table(report: EvalReport) -> Table:
    """Per-type precision, recall and F1 of the top-1 type as a rich table."""
    table = Table(title="per PLOVER type (top-1)")
    for column in ("type", "precision", "recall", "F1", "gold", "predicted"):
        table.add_column(column, justify="left" if column == "type" else "right")
    for label, s in report.per_type.items():
        table.add_row(
            label,
            f"{s.precision:.3f}",
            f"{s.recall:.3f}",
            f"{s.f1:.3f}",
            str(s.support),
            str(s.predicted),
        )
    return table


def write_report(report: EvalReport, path: Path) -> None:
    """Write the report as indented JSON."""
    path.write_text(json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n", "utf-8")


def check_floors(report: EvalReport, floors_path: Path | None, gold_name: str) -> list[str]:
    """The scores below their floor for `gold_name`, one message each (empty: gate passed)."""
    floors = _read_floors(floors_path, gold_name.removesuffix(".jsonl"))
    failures = []
    for name, floor in floors.items():
        value = report.metric(name)
        # An unscorable metric only fails once its floor has been raised above zero.
        if (value is None and floor > 0) or (value is not None and value < floor):
            shown = "n/a" if value is None else f"{value:.4f}"
            failures.append(f"{name}: {shown} is below the floor {floor:.4f}")
    return failures


def _read_floors(path: Path | None, gold_name: str) -> dict[str, float]:
    """The floors table of one gold set, checked against the metric names."""
    if path is None:
        origin = FLOORS_FILE
        text = resources.files("detente").joinpath(FLOORS_FILE).read_text("utf-8")
    else:
        origin = str(path)
        try:
            text = path.read_text("utf-8")
        except OSError as exc:
            raise ConfigError(f"{path}: cannot read floors ({exc.strerror})") from exc
    try:
        tables = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{origin}: {exc}") from exc
    table = tables.get(gold_name)
    if not isinstance(table, dict):
        raise ConfigError(f"{origin}: no [{gold_name}] table of floors")
    floors: dict[str, float] = {}
    for name, floor in table.items():
        if name not in METRICS:
            raise ConfigError(f"{origin}: [{gold_name}] {name} is not a metric ({METRICS})")
        if isinstance(floor, bool) or not isinstance(floor, int | float) or not 0 <= floor <= 1:
            raise ConfigError(f"{origin}: [{gold_name}] {name} must be a number in [0, 1]")
        floors[name] = float(floor)
    return floors
