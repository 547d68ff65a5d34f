"""Change detection: where a dyad's cooperation–conflict balance shifts, and the events behind it.

The statistic. A stretch of periods has a *balance*: the share of cooperative events (QuadClass 1
and 2) among its cooperative and conflictual events. Binary segmentation looks, inside a stretch,
for the split whose two sides differ most by the two-proportion z statistic

    z = (p_after - p_before) / sqrt(p (1 - p) (1 / n_before + 1 / n_after))

(p pooled over both sides, n = events). It splits there when |z| reaches ``Z_THRESHOLD`` and the
shares differ by at least ``MIN_SHIFT``, then searches both halves again. Each boundary left is a
change: *warming* when the balance rises, *cooling* when it falls. Unique events are counted,
whatever unit the series was drawn in, because the test assumes independent observations.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from dataclasses import dataclass

from detente.analysis.dyads import DyadPeriod, DyadQuery, DyadSeries, Unit, dyad_series
from detente.analysis.dyads import dyad_clause, next_period
from detente.analysis.evidence import EventBrief, read_briefs
from detente.store import Store

# |z| >= 3 is p < 0.003 for one test; the threshold is high because every split is tried.
Z_THRESHOLD = 3.0
# Smaller shifts in the cooperative share are significant with enough events but not news.
MIN_SHIFT = 0.15
# Each side of a split needs this many periods and events so that one loud week is not a trend.
MIN_PERIODS = 2
MIN_EVENTS = 5
# The events behind a change are read from this many periods after it.
EVIDENCE_PERIODS = 3


@dataclass(frozen=True, slots=True, kw_only=True)
class Change:
    """A shift in a dyad's balance at the start of a period, with the events that carry it."""

    start: dt.date  # first period of the new regime
    direction: str  # warming | cooling
    before: float  # cooperative share of the stretch before
    after: float  # and after
    events_before: int
    events_after: int
    z: float
    events: tuple[EventBrief, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class _Sums:
    """Running totals of cooperative and all (cooperative + conflictual) events."""

    coop: tuple[int, ...]
    total: tuple[int, ...]

    @classmethod
    def of(cls, periods: tuple[DyadPeriod, ...]) -> _Sums:
        coop, total = [0], [0]
        for p in periods:
            c, k = round(p.cooperation), round(p.conflict)
            coop.append(coop[-1] + c)
            total.append(total[-1] + c + k)
        return cls(coop=tuple(coop), total=tuple(total))

    def between(self, lo: int, hi: int) -> tuple[int, int]:
        """(cooperative, total) events of periods lo..hi-1."""
        return self.coop[hi] - self.coop[lo], self.total[hi] - self.total[lo]


def z_statistic(before: tuple[int, int], after: tuple[int, int]) -> float:
    """Two-proportion z of (cooperative, total) counts; positive when the share rises."""
    (c1, n1), (c2, n2) = before, after
    if not n1 or not n2:
        return 0.0
    pooled = (c1 + c2) / (n1 + n2)
    spread = math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    if spread == 0:
        return 0.0
    return (c2 / n2 - c1 / n1) / spread


def _best_split(sums: _Sums, lo: int, hi: int) -> int | None:
    best, best_z = None, 0.0
    for k in range(lo + MIN_PERIODS, hi - MIN_PERIODS + 1):
        left, right = sums.between(lo, k), sums.between(k, hi)
        if left[1] < MIN_EVENTS or right[1] < MIN_EVENTS:
            continue
        z = z_statistic(left, right)
        shift = right[0] / right[1] - left[0] / left[1]
        if abs(z) >= Z_THRESHOLD and abs(shift) >= MIN_SHIFT and abs(z) > best_z:
            best, best_z = k, abs(z)
    return best


def _segment(sums: _Sums, lo: int, hi: int) -> list[int]:
    k = _best_split(sums, lo, hi)
    if k is None:
        return []
    return [*_segment(sums, lo, k), k, *_segment(sums, k, hi)]


def find_changes(series: DyadSeries) -> tuple[Change, ...]:
    """Changes in a series' cooperative share, oldest first (without their events)."""
    periods = series.periods
    sums = _Sums.of(periods)
    cuts = _segment(sums, 0, len(periods))
    bounds = [0, *cuts, len(periods)]
    changes = []
    for i, k in enumerate(cuts, start=1):
        left, right = sums.between(bounds[i - 1], k), sums.between(k, bounds[i + 1])
        before, after = left[0] / left[1], right[0] / right[1]
        changes.append(Change(
            start=periods[k].start,
            direction="warming" if after > before else "cooling",
            before=before, after=after, events_before=left[1], events_after=right[1],
            z=z_statistic(left, right),
        ))
    return tuple(changes)


def events_behind(store: Store, query: DyadQuery, change: Change, *, limit: int = 5) -> tuple[EventBrief, ...]:
    """The most reported events pointing the way of a change, in the periods right after it."""
    end = change.start
    for _ in range(EVIDENCE_PERIODS):
        end = next_period(end, query.by)
    dyad_sql, dyad_params = dyad_clause(query)
    warming = change.direction == "warming"
    where = f"{dyad_sql} AND date >= ? AND date < ? AND quad_class IN (?, ?)"
    params = [*dyad_params, change.start, end, *((1, 2) if warming else (3, 4))]
    order = "num_mentions DESC, goldstein DESC" if warming else "num_mentions DESC, goldstein ASC"
    return read_briefs(store, where, params, f"{order}, date, event_id", limit)


def dyad_changes(store: Store, query: DyadQuery, *, limit: int = 5) -> tuple[Change, ...]:
    """Find a dyad's changes on its unique events and attach the events behind each one."""
    counted = dataclasses.replace(query, unit=Unit.events, normalise=False)
    series = dyad_series(store, counted)
    return tuple(
        dataclasses.replace(change, events=events_behind(store, counted, change, limit=limit))
        for change in find_changes(series)
    )
