"""A dyad's key rows read once, as NumPy columns: its cells and the events behind its changes.

With the store's party keys (keys.py) a dyad is one short run of rows. Reading its key columns
once (as Arrow: strings stay in C++ until an event is picked) and grouping them in NumPy costs a
server less than the two grouped queries the events table needs (one for the cells, one ranking
the events behind each change). Same cells and same events as the SQL (tests compare). Memory
is the dyad's rows for the length of one request, never the store's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from detente.analysis.dyads import Cells, DyadQuery, Interval
from detente.analysis.keys import KEY_COLUMNS, EventRef, dyad_keys_sql, key_index
from detente.store import Store

_COLUMNS = KEY_COLUMNS
_NAMES = tuple(name.strip() for name in KEY_COLUMNS.split(","))


def _nullable(column: pa.ChunkedArray, fill: float) -> tuple[np.ndarray, np.ndarray]:
    """A nullable column's values (NULLs as ``fill``) and where it has one."""
    present = pc.is_valid(column).to_numpy(zero_copy_only=False)
    return pc.fill_null(column, fill).to_numpy(zero_copy_only=False), present


@dataclass(frozen=True, slots=True, kw_only=True, eq=False)
class DyadRows:
    """One dyad's distinct dated events in a query's range, a column each."""

    table: pa.Table  # the rows as read: the events picked are built from it
    days: np.ndarray  # int64 days since 1970-01-01
    quad: np.ndarray  # int64, 0 where NULL
    has_quad: np.ndarray
    types: np.ndarray  # codes into type_names
    type_names: list[str]
    goldstein: np.ndarray  # float64, 0.0 where NULL
    scored: np.ndarray
    mentions: np.ndarray  # int64

    def cells(self, by: Interval) -> Cells:
        """What ``read_cells`` groups with SQL: events by period, QuadClass and type."""
        period = _period_days(self.days, by)
        kinds = max(1, len(self.type_names))
        quad = np.where(self.has_quad, self.quad + 200, 0)  # QuadClass + 200 < 512; 0 is NULL
        key = (period - (period.min() if len(period) else 0)) * 512 * kinds
        key += quad * kinds + self.types
        _, first, group = np.unique(key, return_index=True, return_inverse=True)
        n, group = len(first), group.reshape(-1)
        scored = self.scored
        return Cells(
            period=tuple((period[first].astype("datetime64[D]")).tolist()),
            quad_class=tuple(
                int(q) if has else None
                for q, has in zip(self.quad[first].tolist(), self.has_quad[first].tolist(),
                                  strict=True)
            ),
            event_type=tuple(self.type_names[t] for t in self.types[first].tolist()),
            events=tuple(np.bincount(group, minlength=n).tolist()),
            mentions=_int_sums(group, self.mentions, n),
            g_events=tuple(np.bincount(group, weights=self.goldstein, minlength=n).tolist()),
            g_mentions=tuple(
                np.bincount(group, weights=self.goldstein * self.mentions, minlength=n).tolist()
            ),
            n_events=tuple(np.bincount(group[scored], minlength=n).tolist()),
            n_mentions=_int_sums(group[scored], self.mentions[scored], n),
        )

    def behind(
        self, windows: Sequence[tuple[dt.date, dt.date, bool]], limit: int
    ) -> list[tuple[EventRef, ...]]:
        """What ``events_behind`` ranks with SQL: per (start, end, warming) window, the events
        pointing its way, most reported first, then by Goldstein, date and id."""
        picked: list[np.ndarray] = []
        for start, end, warming in windows:
            hit = self.has_quad & (self.quad >= 1) & (self.quad <= 4)
            hit &= (self.quad <= 2) == warming
            hit &= (self.days >= _days(start)) & (self.days < _days(end))
            rows = np.flatnonzero(hit)
            strength = -self.goldstein[rows] if warming else self.goldstein[rows]
            keys = (self.days[rows], strength, ~self.scored[rows], -self.mentions[rows])
            ranked = np.lexsort(keys)  # the last key first
            keep = np.arange(len(ranked)) < limit
            if len(ranked) > limit:
                # Ties with the last one kept are settled by event id, read below.
                tie = np.ones(len(ranked), dtype=bool)
                for column in keys:
                    tie &= column[ranked] == column[ranked[limit - 1]]
                keep |= tie
            order = rows[ranked[keep]]
            picked.append(order)
        found = []
        for (_, _, warming), rows in zip(windows, picked, strict=True):
            events = [self._ref(int(i)) for i in rows.tolist()]
            events.sort(key=lambda e: (
                -e.num_mentions, e.goldstein is None,
                0.0 if e.goldstein is None else (-e.goldstein if warming else e.goldstein),
                e.date, e.event_id,
            ))
            found.append(tuple(events[:limit]))
        return found

    def _ref(self, i: int) -> EventRef:
        return EventRef.of(tuple(self.table.column(c)[i].as_py() for c in _NAMES))


def _days(day: dt.date) -> int:
    return (day - dt.date(1970, 1, 1)).days


def _int_sums(group: np.ndarray, values: np.ndarray, n: int) -> tuple[int, ...]:
    # Float sums of integers are exact below 2**53 mentions.
    return tuple(np.bincount(group, weights=values, minlength=n).astype(np.int64).tolist())


def _period_days(days: np.ndarray, by: Interval) -> np.ndarray:
    """Days since 1970 of each day's period start (as DuckDB's date_trunc)."""
    if by is Interval.day:
        return days
    if by is Interval.week:
        return days - (days + 3) % 7  # 1970-01-01 was a Thursday (ISO weekday 3 from Monday 0)
    unit = "datetime64[M]" if by is Interval.month else "datetime64[Y]"
    starts = days.astype("datetime64[D]").astype(unit).astype("datetime64[D]")
    return starts.astype(np.int64)


def scan_dyad(store: Store, query: DyadQuery) -> DyadRows | None:
    """The dyad's rows in the query's range from the party keys; None without usable keys."""
    if key_index(store) is None:
        return None
    sql, params = dyad_keys_sql(
        store, query.actor, query.recipient, directed=query.directed, since=query.since,
        until=query.until, columns=_COLUMNS,
    )
    # Arrow rather than NumPy: strings arrive dictionary-encoded in C++, not as Python objects.
    table = store.con.sql(sql, params=params).to_arrow_table()
    quad, has_quad = _nullable(table["quad_class"], 0)
    goldstein, scored = _nullable(table["goldstein"], 0.0)
    kinds = pc.dictionary_encode(table["event_type"]).combine_chunks()
    return DyadRows(
        table=table,
        days=table["date"].cast(pa.int32()).to_numpy().astype(np.int64),
        quad=quad.astype(np.int64), has_quad=has_quad,
        types=kinds.indices.to_numpy(zero_copy_only=False).astype(np.int64),
        type_names=kinds.dictionary.to_pylist(), goldstein=goldstein.astype(np.float64),
        scored=scored, mentions=table["num_mentions"].to_numpy().astype(np.int64),
    )
