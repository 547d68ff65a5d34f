"""Filters every dashboard view shares: event type, QuadClass, modality and date range."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, get_args

from detente.records import Modality
from detente.store import Store

# What the coder records about whether an event happened (records.Event.modality).
MODALITIES: tuple[str, ...] = get_args(Modality)
# Reported as happening: what a newcomer expects a count of events to count.
DEFAULT_MODALITY = "asserted"
# The store's modalities are read once per store: a filter on every one of them is no filter.
_MODALITIES_KEY = "filters:modalities"


@dataclass(frozen=True, slots=True, kw_only=True)
class EventFilter:
    """Which events a view counts; None and empty tuples match everything."""

    event_type: str | None = None  # PLOVER type
    quad_classes: tuple[int, ...] = ()  # 1-4
    modality: str | None = DEFAULT_MODALITY  # None: any modality
    since: dt.date | None = None
    until: dt.date | None = None  # inclusive

    def __post_init__(self) -> None:
        object.__setattr__(self, "quad_classes", tuple(sorted(set(self.quad_classes))))
        if any(q not in (1, 2, 3, 4) for q in self.quad_classes):
            raise ValueError("QuadClass is 1, 2, 3 or 4")
        if self.modality is not None and self.modality not in MODALITIES:
            raise ValueError(f"modality is one of {', '.join(MODALITIES)}")
        if self.event_type is not None:
            object.__setattr__(self, "event_type", self.event_type.strip().upper() or None)

    def where(self, column_prefix: str = "") -> tuple[str, list[Any]]:
        """SQL condition on the events table (relevant events only) and its parameters."""
        p = column_prefix
        clauses: list[str] = []
        params: list[Any] = []
        for clause, value in (
            (f"{p}event_type = ?", self.event_type),
            (f"{p}modality = ?", self.modality),
            (f"{p}date >= ?", self.since),
            (f"{p}date <= ?", self.until),
        ):
            if value is not None:
                clauses.append(clause)
                params.append(value)
        if self.quad_classes:
            clauses.append(f"{p}quad_class IN ({', '.join('?' * len(self.quad_classes))})")
            params.extend(self.quad_classes)
        # As the dyad and actor answers: events the relevance stage set aside are not counted.
        clauses.append(f"{p}relevant")
        return " AND ".join(clauses), params

    @property
    def kinds_only(self) -> bool:
        """Whether only dates are filtered (type, QuadClass and modality match everything)."""
        return self.event_type is None and not self.quad_classes and self.modality is None


def store_modalities(store: Store) -> frozenset[str]:
    """The modalities the store's events carry (read once; the store is read-only)."""
    known: frozenset[str] | None = store.derived.get(_MODALITIES_KEY)
    if known is None:
        known = frozenset(r[0] for r in store.rows("SELECT DISTINCT modality FROM events"))
        store.derived[_MODALITIES_KEY] = known
    return known


def effective(store: Store, events: EventFilter) -> EventFilter:
    """The same filter without a modality every stored event has (so faster paths apply)."""
    if events.modality is not None and store_modalities(store) <= {events.modality}:
        return EventFilter(
            event_type=events.event_type, quad_classes=events.quad_classes, modality=None,
            since=events.since, until=events.until,
        )
    return events
