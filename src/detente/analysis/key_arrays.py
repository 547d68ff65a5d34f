"""Dyad keys as in-memory columns: a dyad's grouped counts and the events behind its changes.

Planning a DuckDB query costs a server milliseconds even when the query reads a few thousand
rows of the sorted key table (keys.py), and a dyad needed two. A server therefore also holds the
key table's columns as NumPy arrays (strings as dictionary codes) and answers dyads from them:
the same rows (one per event, single-part events forward then reverse, compound ones once), the
same groups and the same ranking as the SQL, which tests compare on the same stores.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from detente.analysis.dyads import Cells, DyadQuery, Interval
from detente.analysis.keys import KEY_ARRAYS, KEY_TABLE, EventRef, key_spans
from detente.store import Store

log = logging.getLogger(__name__)

# ``pos`` runs 1..N in table order, so row i of the arrays is the row at pos i + 1.
_LOAD_SQL = f"""
SELECT a_part, r_part, date, dense_rank() OVER (ORDER BY event_id) AS event_rank, event_id,
       actor_code, recipient_code, event_type, quad_class, goldstein, num_mentions, multi
FROM {KEY_TABLE}
ORDER BY pos
"""
_EPOCH = dt.date(1970, 1, 1)
_NO_ROWS = np.zeros(0, dtype=np.int64)


def _codes(column: pa.ChunkedArray) -> tuple[np.ndarray, pa.Array]:
    """Dictionary codes (int32) of a string column without NULLs, and its dictionary."""
    encoded = pc.dictionary_encode(column).combine_chunks()
    return encoded.indices.to_numpy(), encoded.dictionary


def _filled(
    column: pa.ChunkedArray, fill: float | int, dtype: str
) -> tuple[np.ndarray, np.ndarray]:
    """A nullable column's values (NULLs as ``fill``) and where it is not NULL."""
    present = pc.is_valid(column).to_numpy(zero_copy_only=False)
    values = pc.fill_null(column, fill).to_numpy(zero_copy_only=False).astype(dtype)
    return values, present


@dataclass(frozen=True, slots=True, kw_only=True, eq=False)
class KeyArrays:
    """The key table's columns, row i being the row at ``pos`` i + 1."""

    directory: dict[tuple[str, str], tuple[int, int, bool]]  # keys.py's head-pair directory
    a_part: np.ndarray  # codes into a_parts
    a_parts: pa.Array
    r_part: np.ndarray
    r_parts: pa.Array
    days: np.ndarray  # int64 days since 1970-01-01
    event_rank: np.ndarray  # rank of event_id in DuckDB's order: one value per event
    event_id: pa.Array
    actor_code: np.ndarray  # codes into actor_codes
    actor_codes: list[str]
    recipient_code: np.ndarray
    recipient_codes: list[str]
    event_type: np.ndarray  # codes into event_types
    event_types: list[str]
    quad_class: np.ndarray  # int16, 0 where NULL
    has_quad: np.ndarray
    goldstein: np.ndarray  # float64, 0.0 where NULL
    has_goldstein: np.ndarray
    num_mentions: np.ndarray  # int64
    multi: np.ndarray

    def __len__(self) -> int:
        return len(self.days)

    def dyad_rows(self, actor: str, recipient: str, *, directed: bool) -> np.ndarray:
        """Row numbers of a dyad's dated events, one per event, in the SQL's order of branches."""
        ways = [(actor, recipient)] if directed else [(actor, recipient), (recipient, actor)]
        found = [
            self._match(span.bounds, a, r)
            for (a, r), span in zip(ways, key_spans(self.directory, ways), strict=True)
        ]
        single = [rows[~self.multi[rows]] for rows in found]
        if len(single) == 2:
            # Single-part events match once per direction; the reverse skips those found already.
            single[1] = np.setdiff1d(single[1], single[0], assume_unique=True)
        compound = np.concatenate([rows[self.multi[rows]] for rows in found])
        if len(compound):
            # An event with a compound party can match through several of its rows: keep one.
            _, first = np.unique(self.event_rank[compound], return_index=True)
            compound = compound[np.sort(first)]
        return np.concatenate([*single, compound])

    def _match(
        self, bounds: tuple[int | None, int | None], actor: str, recipient: str
    ) -> np.ndarray:
        first, last = bounds
        if first is None or last is None:
            return _NO_ROWS
        a_ok = pc.starts_with(self.a_parts, pattern=actor).to_numpy(zero_copy_only=False)
        r_ok = pc.starts_with(self.r_parts, pattern=recipient).to_numpy(zero_copy_only=False)
        span = slice(first - 1, last)
        hits = a_ok[self.a_part[span]] & r_ok[self.r_part[span]]
        return np.flatnonzero(hits) + (first - 1)

    def cells(self, query: DyadQuery) -> Cells:
        """What ``read_cells`` reads with SQL: the dyad's events by period, QuadClass and type."""
        rows = self.dyad_rows(query.actor, query.recipient, directed=query.directed)
        days = self.days[rows]
        keep = np.ones(len(rows), dtype=bool)
        if query.since is not None:
            keep &= days >= (query.since - _EPOCH).days
        if query.until is not None:
            keep &= days <= (query.until - _EPOCH).days
        rows, days = rows[keep], days[keep]
        period = _period_days(days, query.by)
        quad = np.where(self.has_quad[rows], self.quad_class[rows].astype(np.int64) + 200, 0)
        kinds = len(self.event_types)
        key = (period - (period.min() if len(period) else 0)) * 512 * kinds
        key += quad * kinds + self.event_type[rows]  # a QuadClass + 200 < 512; 0 is NULL
        _, first, group = np.unique(key, return_index=True, return_inverse=True)
        n = len(first)
        mentions = self.num_mentions[rows]
        scored = self.has_goldstein[rows]
        goldstein = self.goldstein[rows]
        cell_rows = rows[first]
        return Cells(
            period=tuple(period[first].astype("datetime64[D]").tolist()),
            quad_class=tuple(
                q if has else None
                for q, has in zip(
                    self.quad_class[cell_rows].tolist(), self.has_quad[cell_rows].tolist(),
                    strict=True,
                )
            ),
            event_type=tuple(self.event_types[t] for t in self.event_type[cell_rows].tolist()),
            events=tuple(np.bincount(group, minlength=n).tolist()),
            mentions=_int_sums(group, mentions, n),
            g_events=tuple(np.bincount(group, weights=goldstein, minlength=n).tolist()),
            g_mentions=tuple(
                np.bincount(group, weights=goldstein * mentions, minlength=n).tolist()
            ),
            n_events=tuple(np.bincount(group[scored], minlength=n).tolist()),
            n_mentions=_int_sums(group[scored], mentions[scored], n),
        )

    def behind(
        self, query: DyadQuery, windows: Sequence[tuple[dt.date, dt.date, bool]], limit: int
    ) -> list[tuple[EventRef, ...]]:
        """What ``events_behind`` reads with SQL: per (start, end, warming) window, the dyad's
        events pointing its way, most reported first, then by Goldstein, date and id."""
        rows = self.dyad_rows(query.actor, query.recipient, directed=query.directed)
        days = self.days[rows]
        quad = self.quad_class[rows]
        scored_quad = self.has_quad[rows] & (quad >= 1) & (quad <= 4)
        found = []
        for start, end, warming in windows:
            hit = scored_quad & ((quad <= 2) == warming)
            hit &= (days >= (start - _EPOCH).days) & (days < (end - _EPOCH).days)
            picked = rows[hit]
            goldstein = self.goldstein[picked]
            order = np.lexsort((
                self.event_rank[picked], self.days[picked],
                -goldstein if warming else goldstein,
                ~self.has_goldstein[picked],  # NULLs last, as DuckDB's ascending order
                -self.num_mentions[picked],
            ))
            found.append(tuple(self._ref(int(i)) for i in picked[order[:limit]]))
        return found

    def _ref(self, i: int) -> EventRef:
        return EventRef(
            event_id=self.event_id[i].as_py(),
            date=_EPOCH + dt.timedelta(days=int(self.days[i])),
            actor_code=self.actor_codes[self.actor_code[i]],
            recipient_code=self.recipient_codes[self.recipient_code[i]],
            event_type=self.event_types[self.event_type[i]],
            quad_class=int(self.quad_class[i]) if self.has_quad[i] else None,
            goldstein=float(self.goldstein[i]) if self.has_goldstein[i] else None,
            num_mentions=int(self.num_mentions[i]),
        )


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


def load_key_arrays(store: Store) -> int:
    """Hold the key table (built by ``build_key_table``) as arrays on the store; its row count."""
    started = time.perf_counter()
    table = store.con.sql(_LOAD_SQL).to_arrow_table()
    a_part, a_parts = _codes(table["a_part"])
    r_part, r_parts = _codes(table["r_part"])
    actor_code, actor_codes = _codes(table["actor_code"])
    recipient_code, recipient_codes = _codes(table["recipient_code"])
    event_type, event_types = _codes(table["event_type"])
    quad_class, has_quad = _filled(table["quad_class"], 0, "int16")
    goldstein, has_goldstein = _filled(table["goldstein"], 0.0, "float64")
    arrays = KeyArrays(
        directory=store.derived[KEY_TABLE],
        a_part=a_part, a_parts=a_parts, r_part=r_part, r_parts=r_parts,
        days=table["date"].cast(pa.int32()).to_numpy().astype(np.int64),
        event_rank=table["event_rank"].to_numpy(),
        event_id=table["event_id"].combine_chunks(),
        actor_code=actor_code, actor_codes=actor_codes.to_pylist(),
        recipient_code=recipient_code, recipient_codes=recipient_codes.to_pylist(),
        event_type=event_type, event_types=event_types.to_pylist(),
        quad_class=quad_class, has_quad=has_quad,
        goldstein=goldstein, has_goldstein=has_goldstein,
        num_mentions=table["num_mentions"].to_numpy().astype(np.int64),
        multi=table["multi"].to_numpy(),
    )
    store.derived[KEY_ARRAYS] = arrays
    log.info("dyad key arrays: %d rows in %.1f s", len(arrays), time.perf_counter() - started)
    return len(arrays)
