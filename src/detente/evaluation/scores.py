"""Score records shared by every gold format: fractions, per-class P/R/F1, confusion, gold files."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Generic, Protocol, TypeVar

from detente.records import Event, InputError

RECORD = dict(frozen=True, slots=True, kw_only=True)
T = TypeVar("T")

# What a batch coder gives back for each sentence: its events, or why it could not be coded.
Coded = Sequence[Event] | InputError
G = TypeVar("G")
R = TypeVar("R")


def score_each(
    gold: Sequence[G],
    coded: Sequence[Coded],
    skipped: Sequence[InputError],
    *,
    origin: Callable[[G], str],
    score: Callable[[G, Sequence[Event]], R],
    unit: str = "gold sentences",
) -> tuple[list[R], list[InputError]]:
    """Score each gold item with its coded events (same order); uncodable ones join the lost."""
    if len(gold) != len(coded):
        raise ValueError(f"{len(gold)} {unit} but {len(coded)} coded sentences")
    results: list[R] = []
    lost = list(skipped)
    for item, events in zip(gold, coded, strict=True):
        if isinstance(events, InputError):
            lost.append(InputError(origin=origin(item), reason=events.reason))
        else:
            results.append(score(item, events))
    return results, lost


@dataclass(**RECORD)
class GoldFile(Generic[T]):
    """The readable records of a gold file and the ones skipped, each with file:line and reason."""

    records: tuple[T, ...]
    skipped: tuple[InputError, ...] = ()


@dataclass(**RECORD)
class Score:
    """A fraction of records scored correct."""

    correct: int
    total: int

    @property
    def value(self) -> float | None:
        """The accuracy, or None when no record could be scored."""
        return self.correct / self.total if self.total else None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready value, correct and total."""
        return {"value": self.value, "correct": self.correct, "total": self.total}


def score_of(flags: Sequence[bool | None]) -> Score:
    """Count the scored (non-None) flags and the true ones."""
    scored = [f for f in flags if f is not None]
    return Score(correct=sum(scored), total=len(scored))


@dataclass(**RECORD)
class TypeScore:
    """Precision, recall and F1 of one label (a PLOVER type or a CAMEO class)."""

    precision: float
    recall: float
    f1: float
    support: int  # gold records with this label
    predicted: int  # records predicted with this label

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready fields."""
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "support": self.support,
            "predicted": self.predicted,
        }


def per_label(pairs: Sequence[tuple[str, str]], labels: Sequence[str]) -> dict[str, TypeScore]:
    """Precision/recall/F1 of each label over (gold, predicted) pairs."""
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


def confusion_of(pairs: Sequence[tuple[str, str]]) -> Mapping[str, Mapping[str, int]]:
    """Gold label → predicted label → count, gold labels sorted, predictions by frequency."""
    rows: dict[str, Counter[str]] = {}
    for gold, predicted in pairs:
        rows.setdefault(gold, Counter())[predicted] += 1
    return MappingProxyType(
        {g: MappingProxyType(dict(row.most_common())) for g, row in sorted(rows.items())}
    )


def skipped_dicts(skipped: Sequence[InputError]) -> list[dict[str, str]]:
    """Skipped records as JSON-ready dicts."""
    return [{"origin": s.origin, "reason": s.reason} for s in skipped]


class GoldReport(Protocol):
    """What every format's report offers the floors check and the CLI."""

    @property
    def metric_names(self) -> tuple[str, ...]:
        """The names floors may use, in report order."""
        ...

    @property
    def skipped(self) -> tuple[InputError, ...]:
        """Gold records not scored, with the reason."""
        ...

    def metric(self, name: str) -> float | None:
        """The value of one score by name."""
        ...

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of the whole report."""
        ...
