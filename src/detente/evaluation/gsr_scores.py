"""Score coded events against PLOVER GSR records: type, actors, recipients, per type, by half."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, fields
from types import MappingProxyType
from typing import Any

from detente.evaluation.gsr import GoldRecord
from detente.evaluation.scores import (
    RECORD,
    Coded,
    Score,
    TypeScore,
    confusion_of,
    per_label,
    score_each,
    score_of,
    skipped_dicts,
)
from detente.evaluation.split import HALVES, half_of
from detente.records import Event, InputError

NO_EVENT = "NONE"  # the predicted type of a sentence the coder found no event in

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
# RecordResult flag behind each metric.
_FLAGS: Mapping[str, str] = MappingProxyType({
    "top1": "type_ok",
    "any_type_recall": "any_type_ok",
    "actor_country": "actor_ok",
    "actor_sector": "sector_ok",
    "recipient_country": "recipient_ok",
    "full": "full_ok",
    "first_actor_country": "first_actor_ok",
    "first_actor_sector": "first_sector_ok",
    "first_recipient_country": "first_recipient_ok",
})  # fmt: skip


@dataclass(**RECORD)
class RecordResult:
    """How the coder did on one gold record, for error analysis."""

    id: str
    half: str  # "A" or "B": the stable half of the gold set this record is in
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
    """Scores of one coder on one GSR gold set."""

    scores: Mapping[str, Score]  # keyed by METRICS names, in that order
    per_type: Mapping[str, TypeScore]
    confusion: Mapping[str, Mapping[str, int]]  # gold type → predicted type → count
    records: tuple[RecordResult, ...]
    skipped: tuple[InputError, ...] = ()  # gold records not scored, with the reason

    @property
    def metric_names(self) -> tuple[str, ...]:
        """The names floors may use."""
        return METRICS

    def metric(self, name: str) -> float | None:
        """The value of one score by name."""
        return self.scores[name].value

    def halves(self) -> dict[str, EvalReport]:
        """The report of each stable half ("A", "B") of the records."""
        return {h: summarise([r for r in self.records if r.half == h]) for h in HALVES}

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of the whole report, with the scores of each half."""
        return {
            "format": "gsr",
            "n_records": len(self.records),
            "scores": {name: s.to_dict() for name, s in self.scores.items()},
            "halves": {
                h: {name: s.to_dict() for name, s in half.scores.items()}
                for h, half in self.halves().items()
            },
            "per_type": {t: s.to_dict() for t, s in self.per_type.items()},
            "confusion": {gold: dict(row) for gold, row in self.confusion.items()},
            "skipped": skipped_dicts(self.skipped),
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


def _codes(event: Event | None) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Actor countries, actor sectors and recipient countries of an event ('' for none)."""
    if event is None:
        return (), (), ()
    return (
        tuple(a.country or "" for a in event.actor),
        tuple(a.sector or "" for a in event.actor),
        tuple(r.country or "" for r in event.recipient),
    )


def score_record(gold: GoldRecord, events: Sequence[Event]) -> RecordResult:
    """Compare the events coded for one gold sentence with the gold record."""
    gold_actors = tuple(a.country for a in gold.source if a.country)
    gold_sectors = tuple(a.sector for a in gold.source if a.sector)
    gold_recipients = tuple(a.country for a in gold.target if a.country)
    first = events[0] if events else None
    matched = next((e for e in events if e.event_type == gold.event_type), first)

    def check(event: Event | None) -> tuple[bool | None, bool | None, bool | None]:
        actors, sectors, recipients = _codes(event)
        return (
            _any_in(actors, gold_actors),
            _any_in(sectors, gold_sectors),
            _any_in(recipients, gold_recipients),
        )

    actor_ok, sector_ok, recipient_ok = check(matched)
    first_actor_ok, first_sector_ok, first_recipient_ok = check(first)
    any_type_ok = any(e.event_type == gold.event_type for e in events)
    predicted_actors, predicted_sectors, predicted_recipients = _codes(matched)
    return RecordResult(
        id=gold.id,
        half=half_of(gold.id),
        text=gold.text,
        gold_type=gold.event_type,
        gold_actors=gold_actors,
        gold_actor_sectors=gold_sectors,
        gold_recipients=gold_recipients,
        predicted_type=first.event_type if first else NO_EVENT,
        predicted_types=tuple(e.event_type for e in events),
        matched_type=matched.event_type if matched else NO_EVENT,
        predicted_actors=predicted_actors,
        predicted_actor_sectors=predicted_sectors,
        predicted_recipients=predicted_recipients,
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


def summarise(results: Sequence[RecordResult], skipped: Sequence[InputError] = ()) -> EvalReport:
    """Scores, per-type P/R/F1 and confusion of a set of record results."""
    pairs = [(r.gold_type, r.predicted_type) for r in results]
    labels = sorted({g for g, _ in pairs} | {p for _, p in pairs if p != NO_EVENT})
    return EvalReport(
        scores=MappingProxyType(
            {name: score_of([getattr(r, _FLAGS[name]) for r in results]) for name in METRICS}
        ),
        per_type=MappingProxyType(per_label(pairs, labels)),
        confusion=confusion_of(pairs),
        records=tuple(results),
        skipped=tuple(skipped),
    )


def score_gsr(
    gold: Sequence[GoldRecord], coded: Sequence[Coded], skipped: Sequence[InputError] = ()
) -> EvalReport:
    """Score the coded events of each gold sentence (same order); uncodable ones are skipped."""
    results, lost = score_each(
        gold, coded, skipped, origin=lambda g: g.id,
        score=lambda r, events: score_record(r, list(events)), unit="gold records",
    )  # fmt: skip
    return summarise(results, lost)


def evaluate(gold: Sequence[GoldRecord], code: Callable[[str], Sequence[Event]]) -> EvalReport:
    """Code every gold sentence with `code`, one by one, and score the events."""
    return score_gsr(gold, [list(code(record.text)) for record in gold])
