"""Actor summaries: who an actor deals with, what it does, and how much, period by period."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from detente.analysis.dyads import Interval, Unit, iter_periods, next_period
from detente.analysis.keys import filed_sql, key_index, party_clause
from detente.store import Store
from detente.store.sides import HEAD_LETTERS


@dataclass(frozen=True, slots=True, kw_only=True)
class ActorQuery:
    """Which actor to summarise, over which dates, and how many partners and types to list."""

    code: str  # code prefix: "CHN", "CHNMIL", "IGOUNO"
    since: dt.date | None = None
    until: dt.date | None = None  # inclusive
    by: Interval = Interval.month
    unit: Unit = Unit.events
    top: int = 10
    include_irrelevant: bool = False  # also count events the relevance stage set aside

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


# One row per (event, side the actor is on), or per pre-counted group of them: ``w`` is the
# weight (events or mentions), ``gw`` its Goldstein total, ``nw`` the weight that has a score,
# ``n`` the events. An event of CHN against CHN counts on both sides, and ``again`` marks its
# second row so that the total counts it once. One scan feeds partners, types and timeline
# through grouping sets.
_ROLLUP_SQL = """
WITH sides AS ({sides})
SELECT grouping(partner, event_type, period) AS level, partner, event_type, period,
       sum(as_actor * w), sum(as_recipient * w),
       sum(CASE WHEN quad_class IN (1, 2) THEN w ELSE 0 END),
       sum(CASE WHEN quad_class IN (3, 4) THEN w ELSE 0 END),
       sum(gw) / nullif(sum(nw), 0),
       sum(w * (1 - again)),
       sum(n)
FROM sides
GROUP BY GROUPING SETS ((partner), (event_type), (period), ())
"""
_WEIGHTS = (
    "{w} AS w, goldstein * {w} AS gw, CASE WHEN goldstein IS NOT NULL THEN {w} END AS nw, 1 AS n"
)
_EVENTS_SQL = """
SELECT 1 AS as_actor, 0 AS as_recipient, 0 AS again, recipient_country AS partner, {columns}
FROM events WHERE {actor} AND {range}
UNION ALL
SELECT 0, 1, CASE WHEN {actor} THEN 1 ELSE 0 END, actor_country, {columns}
FROM events WHERE {recipient} AND {range}
"""
_RANGE = "(date IS NOT NULL AND (?::DATE IS NULL OR date >= ?) AND (?::DATE IS NULL OR date <= ?))"
_COLUMNS = "event_type, quad_class, date_trunc(?, date)::DATE AS period, " + _WEIGHTS
_KEYS_SQL = """
SELECT 1 - side AS as_actor, side AS as_recipient,
       CASE WHEN side = 1 AND {actor} THEN 1 ELSE 0 END AS again, partner, {columns}
FROM ({filed})
"""
_MONTHS_SQL = """
SELECT 1 - side AS as_actor, side AS as_recipient, CASE WHEN side = 1 AND mutual THEN 1 ELSE 0 END
       AS again, partner, event_type, quad_class, date_trunc(?, month)::DATE AS period,
       {unit} AS w, g_{unit} AS gw, n_{unit} AS nw, events AS n
FROM actor_months
WHERE self_head = ? AND (?::DATE IS NULL OR month >= ?) AND (?::DATE IS NULL OR month <= ?)
"""
# grouping() sets one bit per column left out, first column highest.
_BY_PARTNER, _BY_TYPE, _BY_PERIOD, _ALL = 0b011, 0b101, 0b110, 0b111


def _whole_months(query: ActorQuery) -> bool:
    """Whether the store's per-month counts answer the query: a country or organisation code
    (every part under one head), months or years, bounds on month boundaries."""
    since, until = query.since, query.until
    return (
        len(query.code) == HEAD_LETTERS and query.by in (Interval.month, Interval.year)
        and (since is None or since.day == 1)
        and (until is None or next_period(until, Interval.day).day == 1)
    )


def _sides_sql(store: Store, query: ActorQuery) -> tuple[str, list[Any]]:
    """SELECT of the actor's sides (see ``_ROLLUP_SQL``) from the best source the store has."""
    weight = "num_mentions" if query.unit is Unit.mentions else "1"  # fixed text from an enum
    code, by = query.code, query.by.value
    dates = [query.since, query.since, query.until, query.until]
    # The party keys and month counts hold relevant events only (store/sides.py).
    keyed = not query.include_irrelevant
    if keyed and key_index(store) is not None and _whole_months(query):
        return _MONTHS_SQL.format(unit=query.unit.value), [by, code, *dates]
    columns = _COLUMNS.format(w=weight)
    filed = None if not keyed else filed_sql(
        store, code, (0, 1),
        "event_id, side, partner, actor_code, event_type, quad_class, date, goldstein, "
        "num_mentions", _RANGE, dates,
    )
    if filed is not None:
        sql = _KEYS_SQL.format(actor=party_clause("actor_code"), columns=columns, filed=filed[0])
        return sql, [code, code, by, *filed[1]]
    sql = _EVENTS_SQL.format(
        actor=party_clause("actor_code"), recipient=party_clause("recipient_code"),
        range=_RANGE + ("" if query.include_irrelevant else " AND relevant"), columns=columns,
    )
    return sql, [by, code, code, *dates, code, code, by, code, code, *dates]


def actor_summary(store: Store, query: ActorQuery) -> ActorSummary:
    """Summarise an actor: partners and types by number of events, and its timeline."""
    sides, params = _sides_sql(store, query)
    levels: dict[int, list[tuple[Any, ...]]] = {}
    for level, *row in store.rows(_ROLLUP_SQL.format(sides=sides), params):
        # Counts kept per month can sum to nothing once an event moved elsewhere.
        if row[-1] or level == _ALL:
            levels.setdefault(level, []).append(tuple(row))
    partners = sorted(
        (r for r in levels.get(_BY_PARTNER, []) if r[0] is not None),
        key=lambda r: (-(r[3] + r[4]), r[0]),
    )[: query.top]
    types = sorted(levels.get(_BY_TYPE, []), key=lambda r: (-(r[3] + r[4]), r[1]))[: query.top]
    cells = {r[2]: tuple(int(v) for v in r[3:7]) for r in levels.get(_BY_PERIOD, [])}
    total = levels.get(_ALL, [(None,) * 10])[0][8] or 0
    return ActorSummary(
        query=query, events=int(total),
        partners=tuple(
            Partner(country=r[0], as_actor=int(r[3]), as_recipient=int(r[4]),
                    cooperation=int(r[5]), conflict=int(r[6]), goldstein_mean=r[7])
            for r in partners
        ),
        types=tuple(
            TypeCount(event_type=r[1], as_actor=int(r[3]), as_recipient=int(r[4])) for r in types
        ),
        timeline=_timeline(query, cells),
    )


def _timeline(
    query: ActorQuery, cells: dict[dt.date, tuple[int, ...]]
) -> tuple[ActorPeriod, ...]:
    first = query.since or (min(cells) if cells else None)
    last = query.until or (max(cells) if cells else None)
    if first is None or last is None:
        return ()
    periods = []
    for start in iter_periods(first, last, query.by):
        a, r, co, cf = cells.get(start, (0, 0, 0, 0))
        periods.append(
            ActorPeriod(start=start, as_actor=a, as_recipient=r, cooperation=co, conflict=cf)
        )
    return tuple(periods)
