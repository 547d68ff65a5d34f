"""Actor summaries: who an actor deals with, what it does, and how much, period by period."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from detente.analysis.dyads import Interval, Unit, iter_periods, party_clause
from detente.store import Store


@dataclass(frozen=True, slots=True, kw_only=True)
class ActorQuery:
    """Which actor to summarise, over which dates, and how many partners and types to list."""

    code: str  # code prefix: "CHN", "CHNMIL", "IGOUNO"
    since: dt.date | None = None
    until: dt.date | None = None  # inclusive
    by: Interval = Interval.month
    unit: Unit = Unit.events
    top: int = 10

    def __post_init__(self) -> None:
        object.__setattr__(self, "code", self.code.strip().upper())
        object.__setattr__(self, "by", Interval(self.by))
        object.__setattr__(self, "unit", Unit(self.unit))
        if not self.code:
            raise ValueError("an actor summary needs a code")


@dataclass(frozen=True, slots=True, kw_only=True)
class Partner:
    """A country the actor deals with, in both directions, and the tone of those dealings."""

    country: str
    as_actor: int  # the actor did something to this partner
    as_recipient: int  # the partner did something to the actor
    cooperation: int  # QuadClass 1-2, both directions
    conflict: int  # QuadClass 3-4
    goldstein_mean: float | None

    @property
    def total(self) -> int:
        """Events in both directions."""
        return self.as_actor + self.as_recipient


@dataclass(frozen=True, slots=True, kw_only=True)
class TypeCount:
    """How often an event type involves the actor, as actor and as recipient."""

    event_type: str
    as_actor: int
    as_recipient: int


@dataclass(frozen=True, slots=True, kw_only=True)
class ActorPeriod:
    """The actor's events in one period."""

    start: dt.date
    as_actor: int
    as_recipient: int
    cooperation: int
    conflict: int


@dataclass(frozen=True, slots=True, kw_only=True)
class ActorSummary:
    """Top partners, top event types and the timeline of one actor."""

    query: ActorQuery
    events: int  # events with the actor on either side, in the query's unit
    partners: tuple[Partner, ...]
    types: tuple[TypeCount, ...]
    timeline: tuple[ActorPeriod, ...]


# One row per (event, side the actor is on); an event of CHN against CHN counts on both sides.
_SIDES_SQL = """
WITH sides AS (
    SELECT 1 AS as_actor, 0 AS as_recipient, recipient_country AS partner, {columns}
    FROM events WHERE {actor} AND {range}
    UNION ALL
    SELECT 0, 1, actor_country, {columns}
    FROM events WHERE {recipient} AND {range}
)
"""
_COLUMNS = "date, event_type, quad_class, goldstein, {weight} AS w"

_PARTNERS_SQL = """
SELECT partner, sum(as_actor * w), sum(as_recipient * w),
       sum(CASE WHEN quad_class IN (1, 2) THEN w ELSE 0 END),
       sum(CASE WHEN quad_class IN (3, 4) THEN w ELSE 0 END),
       sum(goldstein * w) / nullif(sum(CASE WHEN goldstein IS NOT NULL THEN w END), 0)
FROM sides WHERE partner IS NOT NULL
GROUP BY partner ORDER BY sum(w) DESC, partner LIMIT ?
"""

_TYPES_SQL = """
SELECT event_type, sum(as_actor * w), sum(as_recipient * w)
FROM sides GROUP BY event_type ORDER BY sum(w) DESC, event_type LIMIT ?
"""

_TIMELINE_SQL = """
SELECT date_trunc(?, date)::DATE, sum(as_actor * w), sum(as_recipient * w),
       sum(CASE WHEN quad_class IN (1, 2) THEN w ELSE 0 END),
       sum(CASE WHEN quad_class IN (3, 4) THEN w ELSE 0 END)
FROM sides GROUP BY 1
"""

_TOTAL_SQL = """
SELECT coalesce(sum({weight}), 0) FROM events
WHERE ({actor} OR {recipient}) AND {range}
"""


def _parts(query: ActorQuery) -> tuple[dict[str, str], list[Any]]:
    weight = "num_mentions" if query.unit is Unit.mentions else "1"  # fixed text from an enum
    rng = "(date IS NOT NULL AND (?::DATE IS NULL OR date >= ?) AND (?::DATE IS NULL OR date <= ?))"
    parts = {
        "actor": party_clause("actor_code"),
        "recipient": party_clause("recipient_code"),
        "range": rng,
        "columns": _COLUMNS.format(weight=weight),
        "weight": weight,
    }
    code, since, until = query.code, query.since, query.until
    params = [code, code, since, since, until, until]
    return parts, params


def actor_summary(store: Store, query: ActorQuery) -> ActorSummary:
    """Summarise an actor: partners and types by number of events, and its timeline."""
    parts, side = _parts(query)
    sides = _SIDES_SQL.format(**parts)
    with_params = [*side, *side]
    partners = tuple(
        Partner(
            country=c, as_actor=int(a), as_recipient=int(r), cooperation=int(co),
            conflict=int(cf), goldstein_mean=g,
        )
        for c, a, r, co, cf, g in store.rows(sides + _PARTNERS_SQL, [*with_params, query.top])
    )
    types = tuple(
        TypeCount(event_type=t, as_actor=int(a), as_recipient=int(r))
        for t, a, r in store.rows(sides + _TYPES_SQL, [*with_params, query.top])
    )
    cells = {
        p: (int(a), int(r), int(co), int(cf))
        for p, a, r, co, cf in store.rows(sides + _TIMELINE_SQL, [query.by.value, *with_params])
    }
    code, since, until = query.code, query.since, query.until
    total = store.rows(
        _TOTAL_SQL.format(**parts), [code, code, code, code, since, since, until, until]
    )[0][0]
    return ActorSummary(
        query=query, events=int(total), partners=partners, types=types,
        timeline=_timeline(query, cells),
    )


def _timeline(query: ActorQuery, cells: dict[dt.date, tuple[int, int, int, int]]) -> tuple[ActorPeriod, ...]:
    first = query.since or (min(cells) if cells else None)
    last = query.until or (max(cells) if cells else None)
    if first is None or last is None:
        return ()
    periods = []
    for start in iter_periods(first, last, query.by):
        a, r, co, cf = cells.get(start, (0, 0, 0, 0))
        periods.append(ActorPeriod(start=start, as_actor=a, as_recipient=r, cooperation=co, conflict=cf))
    return tuple(periods)
