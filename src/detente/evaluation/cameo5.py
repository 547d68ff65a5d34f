"""Score the first event's CAMEO root against 5-class CAMEO gold sentences (`text<TAB>class`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from detente.errors import InputRejected
from detente.evaluation.scores import (
    RECORD,
    Coded,
    GoldFile,
    Score,
    TypeScore,
    confusion_of,
    per_label,
    score_each,
    score_of,
    skipped_dicts,
)
from detente.records import Event, InputError

# The five classes (ConfliBERT `cameo_class`): 0 = roots 01–02 or no 03–20 act, 1 = 03–05,
# 2 = 06–08, 3 = 09–13 and 16, 4 = 14–15 and 17–20.
CLASSES: tuple[str, ...] = ("0", "1", "2", "3", "4")
# Root 16 (REDUCE RELATIONS: cut aid, expel diplomats, impose sanctions) is verbal conflict, as
# in the PLOVER manual's quad table (SANCTION under "verbal conflict", PROTEST under "material
# conflict"), not material conflict as in the plain 14–20 range; the gold labels follow that
# grouping (every sentence we code as root 16 is labelled class 3, none class 4).
VERBAL_CONFLICT_ROOTS = frozenset({16})
METRICS: tuple[str, ...] = (
    "accuracy",  # predicted class == gold class
    "event_found",  # on gold class 1–4 sentences: the coder found some event
)


@dataclass(**RECORD)
class Cameo5Sentence:
    """One gold sentence with its class."""

    origin: str  # file:line
    text: str
    label: str  # "0"–"4"


@dataclass(**RECORD)
class Cameo5Result:
    """How the coder did on one sentence."""

    origin: str
    text: str
    gold: str
    predicted: str
    cameo: str | None  # CAMEO code of the first event; None without an event
    event_type: str | None  # PLOVER type of the first event


def class_of_root(root: int) -> str:
    """The 5-class label of a CAMEO root (1–20)."""
    if not 1 <= root <= 20:
        raise ValueError(f"{root} is not a CAMEO root (1-20)")
    if root in VERBAL_CONFLICT_ROOTS:
        return "3"
    upper_roots = (2, 5, 8, 13, 20)  # last root of each class
    return str(next(label for label, last in enumerate(upper_roots) if root <= last))


def predicted_class(events: Sequence[Event]) -> str:
    """The class of the first event's CAMEO root; "0" when there is no event."""
    return class_of_root(int(events[0].cameo[:2])) if events else "0"


@dataclass(**RECORD)
class Cameo5Report:
    """Scores of one coder on one 5-class CAMEO gold set."""

    scores: Mapping[str, Score]
    no_event: Score  # gold class 1–4 sentences with no event at all
    per_class: Mapping[str, TypeScore]
    macro_f1: float
    confusion: Mapping[str, Mapping[str, int]]  # gold class → predicted class → count
    records: tuple[Cameo5Result, ...]
    skipped: tuple[InputError, ...] = ()

    @property
    def metric_names(self) -> tuple[str, ...]:
        """The names floors may use."""
        return METRICS

    def metric(self, name: str) -> float | None:
        """The value of one score by name."""
        return self.scores[name].value

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of the whole report."""
        return {
            "format": "cameo5",
            "n_records": len(self.records),
            "scores": {name: s.to_dict() for name, s in self.scores.items()},
            "no_event_on_class_1_4": self.no_event.to_dict(),
            "macro_f1": self.macro_f1,
            "per_class": {c: s.to_dict() for c, s in self.per_class.items()},
            "confusion": {gold: dict(row) for gold, row in self.confusion.items()},
            "skipped": skipped_dicts(self.skipped),
            "records": [
                {
                    "origin": r.origin,
                    "text": r.text,
                    "gold": r.gold,
                    "predicted": r.predicted,
                    "cameo": r.cameo,
                    "event_type": r.event_type,
                }
                for r in self.records
            ],
        }


def read_cameo5(path: Path) -> GoldFile[Cameo5Sentence]:
    """Read `text<TAB>class` lines; a line without a class 0–4 or text is skipped."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputRejected(str(path), f"cannot read gold file ({exc})") from exc
    records: list[Cameo5Sentence] = []
    skipped: list[InputError] = []
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        origin = f"{path}:{lineno}"
        text, tab, label = line.rpartition("\t")
        if not tab:
            skipped.append(InputError(origin=origin, reason="no tab between text and class"))
        elif label.strip() not in CLASSES:
            skipped.append(InputError(origin=origin, reason=f"class {label!r} is not 0-4"))
        elif not text.strip():
            skipped.append(InputError(origin=origin, reason="no sentence text"))
        else:
            records.append(Cameo5Sentence(origin=origin, text=text.strip(), label=label.strip()))
    return GoldFile(records=tuple(records), skipped=tuple(skipped))


def _result(sentence: Cameo5Sentence, events: Sequence[Event]) -> Cameo5Result:
    first = events[0] if events else None
    return Cameo5Result(
        origin=sentence.origin,
        text=sentence.text,
        gold=sentence.label,
        predicted=predicted_class(events),
        cameo=first.cameo if first else None,
        event_type=first.event_type if first else None,
    )


def score_cameo5(
    gold: Sequence[Cameo5Sentence], coded: Sequence[Coded], skipped: Sequence[InputError] = ()
) -> Cameo5Report:
    """Score the coded events of each gold sentence (same order); uncodable ones are skipped."""
    results, lost = score_each(
        gold, coded, skipped, origin=lambda g: g.origin, score=_result
    )
    pairs = [(r.gold, r.predicted) for r in results]
    per_class = per_label(pairs, CLASSES)
    acts = [r for r in results if r.gold != "0"]
    return Cameo5Report(
        scores=MappingProxyType(
            {
                "accuracy": score_of([r.gold == r.predicted for r in results]),
                "event_found": score_of([r.cameo is not None for r in acts]),
            }
        ),
        no_event=score_of([r.cameo is None for r in acts]),
        per_class=MappingProxyType(per_class),
        macro_f1=sum(s.f1 for s in per_class.values()) / len(CLASSES),
        confusion=confusion_of(pairs),
        records=tuple(results),
        skipped=tuple(lost),
    )
