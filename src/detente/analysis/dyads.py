"""Dyad time series: counts per QuadClass and PLOVER type and Goldstein totals, period by period."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from detente.analysis.keys import dyad_keys_sql
from detente.store import Store

QUAD_NAMES = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")


class Interval(StrEnum):
    """How long one period of a time series is; weeks start on Monday (ISO 8601)."""

    day = "day"
    week = "week"
    month = "month"
    year = "year"


class Unit(StrEnum):
    """What is counted: unique events, or their mentions (one event reported twice counts twice)."""

    events = "events"
    mentions = "mentions"


@dataclass(frozen=True, slots=True, kw_only=True)
class DyadQuery:
    """Which relation to measure: two party codes, the period length and what to count."""

    actor: str  # code prefix: "CHN" is every Chinese actor, "CHNMIL" the military only
    recipient: str
    by: Interval = Interval.month
    directed: bool = True  # False counts both directions (CHN→PRK and PRK→CHN)
    unit: Unit = Unit.events
    normalise: bool = False  # counts become shares of all the store's events in the period
    since: dt.date | None = None
    until: dt.date | None = None  # inclusive
    include_irrelevant: bool = False  # also count events the relevance stage set aside

    def __post_init__(self) -> None:
        object.__setattr__(self, "actor", self.actor.strip().upper())
        object.__setattr__(self, "recipient", self.recipient.strip().upper())
        object.__setattr__(self, "by", Interval(self.by))
        object.__setattr__(self, "unit", Unit(self.unit))
        if not self.actor or not self.recipient:
            raise ValueError("a dyad needs an actor code and a recipient code")


@dataclass(frozen=True, slots=True, kw_only=True)
class DyadPeriod:
    """One period of a dyad: counts (or shares, when normalised) and Goldstein totals."""

    start: dt.date
    events: float  # every event of the dyad in the period, in the query's unit
    quad: tuple[float, float, float, float]  # QuadClass 1-4, same unit as ``events``
    types: dict[str, float] = field(default_factory=dict)  # PLOVER type -> count
    goldstein_sum: float = 0.0  # weighted by mentions when counting mentions
    goldstein_mean: float | None = None  # None for an empty period
    all_events: int | None = None  # the store's events in the period; set when normalising

    @property
    def cooperation(self) -> float:
        """Verbal plus material cooperation (QuadClass 1 and 2)."""
        return self.quad[0] + self.quad[1]

    @property
    def conflict(self) -> float:
        """Verbal plus material conflict (QuadClass 3 and 4)."""
        return self.quad[2] + self.quad[3]


@dataclass(frozen=True, slots=True, kw_only=True)
class DyadSeries:
    """A dyad's consecutive periods (empty ones included) and the event types seen in them."""

    query: DyadQuery
    periods: tuple[DyadPeriod, ...]
    types: tuple[str, ...]  # commonest first

    @property
    def total(self) -> float:
        """Events (or mentions) over the whole series; shares are summed when normalised."""
        return sum(p.events for p in self.periods)


def floor_date(day: dt.date, by: Interval) -> dt.date:
    """The first day of the period that contains ``day`` (as DuckDB's date_trunc)."""
    if by is Interval.week:
        return day - dt.timedelta(days=day.weekday())
    if by is Interval.month:
        return day.replace(day=1)
    if by is Interval.year:
        return day.replace(month=1, day=1)
    return day


def next_period(start: dt.date, by: Interval) -> dt.date:
    """The first day of the period after the one starting at ``start`` (``date.max`` when the
    calendar ends first)."""
    try:
        if by is Interval.day:
            return start + dt.timedelta(days=1)
        if by is Interval.week:
            return start + dt.timedelta(days=7)
        if by is Interval.month:
            return dt.date(start.year + start.month // 12, start.month % 12 + 1, 1)
        return dt.date(start.year + 1, 1, 1)
    except (OverflowError, ValueError):
        return dt.date.max


def iter_periods(first: dt.date, last: dt.date, by: Interval) -> list[dt.date]:
    """Starts of every period from the one containing ``first`` to the one containing ``last``."""
    starts, current, end = [], floor_date(first, by), floor_date(last, by)
    while current <= end:
        starts.append(current)
        following = next_period(current, by)
        if following <= current:  # the last period of the calendar
            break
        current = following
    return starts


def count_periods(first: dt.date, last: dt.date, by: Interval) -> int:
    """How many periods ``iter_periods`` gives, without listing them."""
    start, end = floor_date(first, by), floor_date(last, by)
    if end < start:
        return 0
    if by is Interval.day:
        return (end - start).days + 1
    if by is Interval.week:
        return (end - start).days // 7 + 1
    if by is Interval.month:
        return (end.year - start.year) * 12 + end.month - start.month + 1
    return end.year - start.year + 1


def store_dates(store: Store) -> tuple[dt.date, dt.date] | None:
    """The first and last event dates of the store (None when no event is dated)."""
    if "dates" not in store.derived:
        store.derived["dates"] = store.rows("SELECT min(date), max(date) FROM events")[0]
    first, last = store.derived["dates"]
    return None if first is None else (first, last)


# Both units are summed in one pass, so a series in mentions and its change detection (which
# counts unique events) share one read of the dyad's events.
CELLS_SQL = """
SELECT date_trunc(?, date)::DATE AS period, quad_class, event_type,
       count(*) AS events,
       sum(num_mentions)::BIGINT AS mentions,
       coalesce(sum(goldstein), 0) AS g_events,
       coalesce(sum(goldstein * num_mentions), 0) AS g_mentions,
       count(goldstein) AS n_events,
       coalesce(sum(CASE WHEN goldstein IS NOT NULL THEN num_mentions END), 0)::BIGINT
           AS n_mentions
FROM ({source})
GROUP BY ALL
"""

_ALL_SQL = """
SELECT date_trunc(?, date)::DATE AS period, {weight} AS n
FROM events
WHERE date IS NOT NULL AND (?::DATE IS NULL OR date >= ?) AND (?::DATE IS NULL OR date <= ?)
  AND (? OR relevant)
GROUP BY ALL
"""


def dyad_sql(store: Store, query: DyadQuery) -> tuple[str, list[Any]]:
    """SELECT of the dyad's distinct dated events in the query's range (``KEY_COLUMNS``)."""
    return dyad_keys_sql(
        store, query.actor, query.recipient, directed=query.directed, since=query.since,
        until=query.until, include_irrelevant=query.include_irrelevant,
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class Cells:
    """A dyad's events grouped by period, QuadClass and type, in both units: one tuple per column.

    Columns rather than one record per cell: a busy dyad by week has thousands of cells, and
    building an object for each cost more than the query.
    """

    period: tuple[dt.date, ...]
    quad_class: tuple[int | None, ...]
    event_type: tuple[str, ...]
    events: tuple[int, ...]
    mentions: tuple[int, ...]
    g_events: tuple[float, ...]  # Goldstein sum over events
    g_mentions: tuple[float, ...]  # ... over mentions
    n_events: tuple[int, ...]  # events with a Goldstein score
    n_mentions: tuple[int, ...]

    def __len__(self) -> int:
        return len(self.period)


def query_cells(store: Store, source: str, params: list[Any], by: Interval) -> Cells:
    """The events of ``source`` (a SELECT of key rows) grouped by period, QuadClass and type."""
    found = store.columns(CELLS_SQL.format(source=source), [by.value, *params])
    period = tuple(found.pop("period").astype("datetime64[D]").tolist())
    return Cells(period=period, **{name: tuple(v.tolist()) for name, v in found.items()})


def read_cells(store: Store, query: DyadQuery) -> Cells:
    """The dyad's events grouped by period, QuadClass and type (one scan of its keys)."""
    dyad, params = dyad_sql(store, query)
    return query_cells(store, dyad, list(params), query.by)


def dyad_series(store: Store, query: DyadQuery) -> DyadSeries:
    """Count a dyad's events period by period, filling quiet periods with zeros."""
    totals = all_events(store, query) if query.normalise else None
    return build_series(query, read_cells(store, query), totals)


def all_events(store: Store, query: DyadQuery) -> dict[dt.date, int]:
    """Every event of the store (in the query's unit) per period, for normalising."""
    # Both expressions are fixed text chosen by an enum, never user input.
    weight = "sum(num_mentions)" if query.unit is Unit.mentions else "count(*)"
    since, until = query.since, query.until
    params = [query.by.value, since, since, until, until, query.include_irrelevant]
    rows = store.rows(_ALL_SQL.format(weight=weight), params)
    return {p: int(n) for p, n in rows}


def build_series(
    query: DyadQuery, cells: Cells, totals: dict[dt.date, int] | None = None
) -> DyadSeries:
    """Assemble a series in the query's unit from grouped cells; ``totals`` normalise it."""
    mentions = query.unit is Unit.mentions
    grouped: dict[dt.date, dict[str, Any]] = defaultdict(
        lambda: {"quad": [0.0] * 4, "types": defaultdict(float), "g": 0.0, "gn": 0.0}
    )
    type_totals: dict[str, float] = defaultdict(float)
    counts, goldstein, scored = (
        (cells.mentions, cells.g_mentions, cells.n_mentions) if mentions
        else (cells.events, cells.g_events, cells.n_events)
    )
    for period, quad_class, event_type, n, g, gn in zip(
        cells.period, cells.quad_class, cells.event_type, counts, goldstein, scored, strict=True
    ):
        group = grouped[period]
        if quad_class in (1, 2, 3, 4):
            group["quad"][quad_class - 1] += n
        group["types"][event_type] += n
        group["g"] += g
        group["gn"] += gn
        type_totals[event_type] += n
    starts = _period_starts(query, grouped)
    periods = tuple(_period(start, grouped.get(start), totals) for start in starts)
    types = tuple(sorted(type_totals, key=lambda t: (-type_totals[t], t)))
    return DyadSeries(query=query, periods=periods, types=types)


def _period_starts(query: DyadQuery, cells: dict[dt.date, Any]) -> list[dt.date]:
    first = query.since or (min(cells) if cells else None)
    last = query.until or (max(cells) if cells else None)
    if first is None or last is None:
        return []
    return iter_periods(first, last, query.by)


def _period(
    start: dt.date, group: dict[str, Any] | None, totals: dict[dt.date, int] | None
) -> DyadPeriod:
    all_in_period = totals.get(start, 0) if totals is not None else None
    if group is None:
        return DyadPeriod(start=start, events=0, quad=(0, 0, 0, 0), all_events=all_in_period)
    scale = 1.0
    if all_in_period is not None:
        scale = 1.0 / all_in_period if all_in_period else 0.0
    q = group["quad"]
    return DyadPeriod(
        start=start,
        events=sum(group["types"].values()) * scale,
        quad=(q[0] * scale, q[1] * scale, q[2] * scale, q[3] * scale),
        types={t: n * scale for t, n in sorted(group["types"].items())},
        goldstein_sum=group["g"],
        goldstein_mean=group["g"] / group["gn"] if group["gn"] else None,
        all_events=all_in_period,
    )


def strongest_dyad(store: Store) -> tuple[str, str] | None:
    """The directed country pair with the most unique events, if the store has any."""
    dyads = store.top_dyads(1)
    return (dyads[0].actor, dyads[0].recipient) if dyads else None
