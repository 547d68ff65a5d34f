"""What a store holds at a glance: counts, dates, busiest dyads, types, and recent changes."""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass

from detente.analysis.browse import filtered_many
from detente.analysis.dyads import DyadQuery, DyadSeries, Interval, iter_periods
from detente.analysis.filters import EventFilter, effective
from detente.store import Store

TOP_DYADS = 10
# Changes are looked for in this many of the busiest dyads (each costs one dyad query).
CHANGE_DYADS = 8
RECENT = 6  # changes (or moves) listed
# A store spanning more years than this is trended by year, a shorter one by month.
TREND_YEARS = 3


@dataclass(frozen=True, slots=True, kw_only=True)
class BusyDyad:
    """A directed country pair, its events, tone, and a count per trend period."""

    actor: str
    recipient: str
    events: int
    mentions: int
    goldstein_mean: float | None
    trend: tuple[int, ...]  # events per period of ``Overview.trend_starts``


@dataclass(frozen=True, slots=True, kw_only=True)
class TypeRow:
    """An event type within its QuadClass: how many events and their mean Goldstein score."""

    quad_class: int | None
    event_type: str
    events: int
    goldstein_mean: float | None


@dataclass(frozen=True, slots=True, kw_only=True)
class Turn:
    """A dyad warming or cooling from a period on: a tested change, or the largest Goldstein move.

    ``tested`` changes come from change detection (changes.py); when none is found, the largest
    move in mean Goldstein between two consecutive periods with events is shown instead, named as
    such, so that a small store still says where its relations moved.
    """

    actor: str
    recipient: str
    start: dt.date  # first period of the new state
    previous: dt.date | None  # for a move: the period it is measured from
    direction: str  # warming | cooling
    before: float  # cooperative share (tested) or mean Goldstein (move) before
    after: float
    tested: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class Overview:
    """The landing page's figures under one filter."""

    events_filter: EventFilter
    articles: int  # canonical articles in the store (unfiltered)
    events: int
    mentions: int
    first: dt.date | None
    last: dt.date | None
    trend_by: Interval
    trend_starts: tuple[dt.date, ...]
    dyads: tuple[BusyDyad, ...]
    types: tuple[TypeRow, ...]
    turns: tuple[Turn, ...]


def store_overview(store: Store, events: EventFilter) -> Overview:
    """Counts, busiest dyads with their trends, types by QuadClass, and the latest turns."""
    f = effective(store, events)
    where, params = f.where()
    articles = store.rows("SELECT count(*) FROM articles WHERE duplicate_of IS NULL")[0][0]
    n, mentions, first, last = store.rows(
        f"SELECT count(*), coalesce(sum(num_mentions), 0), min(date), max(date) FROM events"
        f" WHERE {where}",
        params,
    )[0]
    by = Interval.year
    if first is not None and last is not None and (last.year - first.year) < TREND_YEARS:
        by = Interval.month
    starts = tuple(iter_periods(first, last, by)) if first and last else ()
    dyads = _busy_dyads(store, f, by, starts)
    return Overview(
        events_filter=events, articles=int(articles), events=int(n), mentions=int(mentions),
        first=first, last=last, trend_by=by, trend_starts=starts, dyads=dyads,
        types=_types(store, f), turns=_turns(store, events, dyads),
    )


def _busy_dyads(
    store: Store, f: EventFilter, by: Interval, starts: tuple[dt.date, ...]
) -> tuple[BusyDyad, ...]:
    where, params = f.where()
    top = store.rows(
        f"SELECT actor_country, recipient_country, count(*), sum(num_mentions), avg(goldstein)"
        f" FROM events WHERE {where} AND actor_country IS NOT NULL"
        " AND recipient_country IS NOT NULL"
        " GROUP BY ALL ORDER BY 3 DESC, 4 DESC, 1, 2 LIMIT ?",
        [*params, TOP_DYADS],
    )
    if not top:
        return ()
    pairs = [f"{a}>{r}" for a, r, *_ in top]
    cells = store.rows(
        f"SELECT actor_country || '>' || recipient_country, date_trunc(?, date)::DATE, count(*)"
        f" FROM events WHERE {where} AND date IS NOT NULL"
        " AND actor_country || '>' || recipient_country = ANY(?::VARCHAR[]) GROUP BY ALL",
        [by.value, *params, pairs],
    )
    counts = {(pair, start): int(k) for pair, start, k in cells}
    return tuple(
        BusyDyad(
            actor=a, recipient=r, events=int(k), mentions=int(m), goldstein_mean=g,
            trend=tuple(counts.get((f"{a}>{r}", s), 0) for s in starts),
        )
        for a, r, k, m, g in top
    )


def _types(store: Store, f: EventFilter) -> tuple[TypeRow, ...]:
    where, params = f.where()
    rows = store.rows(
        f"SELECT quad_class, event_type, count(*), avg(goldstein) FROM events WHERE {where}"
        " GROUP BY ALL ORDER BY 1 NULLS LAST, 3 DESC, 2",
        params,
    )
    return tuple(
        TypeRow(quad_class=q, event_type=t, events=int(n), goldstein_mean=g) for q, t, n, g in rows
    )


def _turns(store: Store, events: EventFilter, dyads: tuple[BusyDyad, ...]) -> tuple[Turn, ...]:
    tested: list[Turn] = []
    moves: list[tuple[float, Turn]] = []
    busiest = dyads[:CHANGE_DYADS]
    queries = [DyadQuery(actor=d.actor, recipient=d.recipient, by=Interval.month) for d in busiest]
    for d, (series, changes) in zip(busiest, filtered_many(store, queries, events), strict=True):
        tested += [
            Turn(actor=d.actor, recipient=d.recipient, start=c.start, previous=None,
                 direction=c.direction, before=c.before, after=c.after, tested=True)
            for c in changes
        ]
        move = largest_move(series)
        if move is not None:
            moves.append((abs(move.after - move.before), move))
    if tested:
        return tuple(sorted(tested, key=lambda t: (t.start, t.actor), reverse=True)[:RECENT])
    moves.sort(key=lambda m: (-m[0], m[1].actor, m[1].recipient))
    return tuple(m for _, m in moves[:RECENT])


def largest_move(series: DyadSeries) -> Turn | None:
    """The largest change in mean Goldstein between consecutive periods that have events."""
    scored = [p for p in series.periods if p.goldstein_mean is not None]
    best: Turn | None = None
    for before, after in itertools.pairwise(scored):
        assert before.goldstein_mean is not None and after.goldstein_mean is not None
        delta = after.goldstein_mean - before.goldstein_mean
        if delta and (best is None or abs(delta) > abs(best.after - best.before)):
            best = Turn(
                actor=series.query.actor, recipient=series.query.recipient, start=after.start,
                previous=before.start, direction="warming" if delta > 0 else "cooling",
                before=before.goldstein_mean, after=after.goldstein_mean, tested=False,
            )
    return best
