"""Change detection: where a dyad's cooperation–conflict balance shifts, and the events behind it.

The statistic. A stretch of periods has a *balance*: the share of cooperative events (QuadClass 1
and 2) among its cooperative and conflictual events. Binary segmentation looks, inside a stretch,
for the split whose two sides differ most by the two-proportion z statistic

    z = (p_after - p_before) / sqrt(p (1 - p) (1 / n_before + 1 / n_after))

(p pooled over both sides, n = events). It splits there when |z| reaches ``Z_THRESHOLD`` and the
shares differ by at least ``MIN_SHIFT``, then searches both halves again. Each boundary left is a
change: *warming* when the balance rises, *cooling* when it falls. Unique events are counted,
whatever unit the series was drawn in, because the test assumes independent observations.
Like any binary segmentation it can miss a short excursion that returns to where it started
when neither side of any single split differs enough on its own.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from dataclasses import dataclass

import numpy as np

from detente.analysis.dyad_scan import scan_dyad
from detente.analysis.dyads import (
    DyadPeriod,
    DyadQuery,
    DyadSeries,
    Interval,
    Unit,
    all_events,
    build_series,
    dyad_sql,
    next_period,
    read_cells,
)
from detente.analysis.keys import KEY_COLUMNS, EventRef
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
    events: tuple[EventRef, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class _Sums:
    """Running totals of cooperative and all (cooperative + conflictual) events."""

    coop: tuple[int, ...]
    total: tuple[int, ...]
    coop_array: np.ndarray  # the same totals, for searching every split at once
    total_array: np.ndarray

    @classmethod
    def of(cls, periods: tuple[DyadPeriod, ...]) -> _Sums:
        coop, total = [0], [0]
        for p in periods:
            c, k = round(p.cooperation), round(p.conflict)
            coop.append(coop[-1] + c)
            total.append(total[-1] + c + k)
        return cls(
            coop=tuple(coop), total=tuple(total), coop_array=np.array(coop, dtype=np.int64),
            total_array=np.array(total, dtype=np.int64),
        )

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
    """The split of periods lo..hi-1 with the largest |z| passing both tests (first on ties)."""
    # Every split at once on arrays, with z_statistic's float operations in its order: a Python
    # loop over the splits of a weekly series cost a dyad answer more than reading its events.
    ks = np.arange(lo + MIN_PERIODS, hi - MIN_PERIODS + 1)
    if not len(ks):
        return None
    coop, total = sums.coop_array, sums.total_array
    c1, n1 = coop[ks] - coop[lo], total[ks] - total[lo]
    c2, n2 = coop[hi] - coop[ks], total[hi] - total[ks]
    with np.errstate(divide="ignore", invalid="ignore"):
        pooled = (c1 + c2) / (n1 + n2)
        spread = np.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
        shift = c2 / n2 - c1 / n1
        z = np.where(spread == 0, 0.0, shift / spread)
    passes = (n1 >= MIN_EVENTS) & (n2 >= MIN_EVENTS)
    passes &= (np.abs(z) >= Z_THRESHOLD) & (np.abs(shift) >= MIN_SHIFT)
    if not passes.any():
        return None
    return int(ks[np.argmax(np.where(passes, np.abs(z), -1.0))])


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


# For each change window, the dyad's events pointing the change's way, most reported first,
# then by Goldstein (strongest first, unscored last), date and id. Everything comes from the
# dyad's keys: no second read of the wide events table. A top-n aggregate (min_by over a sort key)
# rather than a ranking window: the window sorted every hit with its columns and cost a dyad
# answer more than reading its events.
_BEHIND_SQL = """
WITH windows AS (
    SELECT unnest(?::INTEGER[]) AS change, unnest(?::DATE[]) AS w_start,
           unnest(?::DATE[]) AS w_end, unnest(?::BOOLEAN[]) AS warming
),
dyad AS ({dyad})
SELECT w.change,
       min_by(
           struct_pack({columns}),
           struct_pack(m := -num_mentions, unscored := goldstein IS NULL,
                       g := CASE WHEN w.warming THEN -goldstein ELSE goldstein END,
                       d := date, e := event_id),
           ?
       )
FROM dyad JOIN windows w
  ON dyad.date >= w.w_start AND dyad.date < w.w_end
 AND dyad.quad_class IN (1, 2, 3, 4) AND (dyad.quad_class <= 2) = w.warming
GROUP BY w.change
"""


def _window_ends(changes: tuple[Change, ...], by: Interval) -> list[dt.date]:
    """Where the window of events read after each change ends (exclusive)."""
    ends = []
    for change in changes:
        end = change.start
        for _ in range(EVIDENCE_PERIODS):
            end = next_period(end, by)
        ends.append(end)
    return ends


def events_behind(
    store: Store, query: DyadQuery, changes: tuple[Change, ...], *, limit: int = 5
) -> tuple[Change, ...]:
    """Attach to each change the most reported events pointing its way, just after it."""
    if not changes:
        return ()
    ends = _window_ends(changes, query.by)
    last = max(ends) - dt.timedelta(days=1)
    window = dataclasses.replace(query, since=changes[0].start, until=last)
    dyad, dyad_params = dyad_sql(store, window)
    params = [
        list(range(len(changes))), [c.start for c in changes], ends,
        [c.direction == "warming" for c in changes], *dyad_params, limit,
    ]
    found: dict[int, list[EventRef]] = {i: [] for i in range(len(changes))}
    sql = _BEHIND_SQL.format(dyad=dyad, columns=KEY_COLUMNS)
    for change_index, picked in store.rows(sql, params):
        found[change_index] = [EventRef.of(tuple(event.values())) for event in picked]
    return tuple(
        dataclasses.replace(change, events=tuple(found[i])) for i, change in enumerate(changes)
    )


def dyad_analysis(
    store: Store, query: DyadQuery, *, limit: int = 5
) -> tuple[DyadSeries, tuple[Change, ...]]:
    """A dyad's series in the query's unit and its changes (on unique events) with their events."""
    scan = scan_dyad(store, query)  # the dyad's key rows read once, when the store has them
    cells = read_cells(store, query) if scan is None else scan.cells(query.by)
    totals = all_events(store, query) if query.normalise else None
    series = build_series(query, cells, totals)
    counted = dataclasses.replace(query, unit=Unit.events, normalise=False)
    changes = find_changes(series if counted == query else build_series(counted, cells))
    if scan is None or not changes or query.since or query.until:
        # The windows after a change may reach past the query's range: read them anew.
        return series, events_behind(store, counted, changes, limit=limit)
    windows = [(c.start, end, c.direction == "warming")
               for c, end in zip(changes, _window_ends(changes, query.by), strict=True)]
    found = scan.behind(windows, limit)
    return series, tuple(
        dataclasses.replace(change, events=events)
        for change, events in zip(changes, found, strict=True)
    )


def dyad_changes(store: Store, query: DyadQuery, *, limit: int = 5) -> tuple[Change, ...]:
    """Find a dyad's changes on its unique events and attach the events behind each one."""
    return dyad_analysis(store, query, limit=limit)[1]
