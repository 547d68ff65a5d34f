"""A dyad answered from the store's per-period counts and top events (store/periods.py).

The writer keeps, per pair of party heads, ISO week and calendar month, the events counted by
type and QuadClass and the events a change's evidence ranks first. A dyad of two whole heads
("CHN", "PRK") by week, month or year, over a range on those periods' bounds, reads those few
rows instead of its events: the same cells and the same evidence (tests compare). Other
questions (sector codes, days, ranges cutting a period) return None and are read from the keys.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from detente.analysis.dyads import Cells, DyadQuery, Interval, fetch_cells, floor_date, next_period
from detente.analysis.keys import KEY_COLUMNS, key_index
from detente.store import Store
from detente.store.periods import TOP
from detente.store.sides import HEAD_LETTERS

# The period length each query length is summed from (store/periods.py keeps weeks and months).
_BUCKETS = {Interval.week: Interval.week, Interval.month: Interval.month,
            Interval.year: Interval.month}
# A pair's counts in a range, summed per period of the query; the reverse pair's branch adds,
# for a series of both directions, the events the forward pair does not hold. Groups that sum
# to no event are events the writer took out again.
_COUNTED_SQL = """
SELECT date_trunc(?, period)::DATE AS period, quad_class, event_type,
       sum(events)::BIGINT AS events, sum(mentions)::BIGINT AS mentions,
       sum(g_events) AS g_events, sum(g_mentions) AS g_mentions,
       sum(n_events)::BIGINT AS n_events, sum(n_mentions)::BIGINT AS n_mentions
FROM ({pairs})
GROUP BY ALL
HAVING sum(events) <> 0
"""


def _bucket(query: DyadQuery, store: Store) -> Interval | None:
    """The kept period length the query's periods are summed from, if the store keeps counts
    that answer it: two whole heads, weeks, months or years, relevant events only."""
    bucket = _BUCKETS.get(query.by)
    if (
        bucket is None or query.include_irrelevant
        or len(query.actor) != HEAD_LETTERS or len(query.recipient) != HEAD_LETTERS
    ):
        return None
    index = key_index(store)
    return bucket if index is not None and index.periods else None


def _on_bounds(query: DyadQuery, bucket: Interval) -> bool:
    """Whether the query's range starts and ends on bounds of the kept periods."""
    if query.since is not None and floor_date(query.since, bucket) != query.since:
        return False
    if query.until is None:
        return True
    after = next_period(query.until, Interval.day)
    return after > query.until and floor_date(after, bucket) == after


def _pairs(
    query: DyadQuery, table: str, bucket: Interval, where: str, params: list[Any]
) -> tuple[str, list[Any]]:
    """SELECT of the pair's rows of ``table`` (and the reverse pair's, for both directions)."""
    ways = [(query.actor, query.recipient)]
    if not query.directed:
        ways.append((query.recipient, query.actor))
    branches, found = [], []
    for i, (actor, recipient) in enumerate(ways):
        # The reverse pair adds only the events the forward pair does not hold.
        again = " AND mirrored = false" if i else ""
        branches.append(
            f"SELECT * FROM {table} WHERE actor_head = ? AND recipient_head = ? AND bucket = ?"
            f"{again} AND {where}"
        )
        found += [actor, recipient, bucket.value, *params]
    return " UNION ALL ".join(branches), found


def counted_cells(store: Store, query: DyadQuery) -> Cells | None:
    """The dyad's cells from the store's per-period counts; None when they cannot answer (a
    code that is not a whole head, days, a range not on period bounds, no counts kept)."""
    bucket = _bucket(query, store)
    if bucket is None or not _on_bounds(query, bucket):
        return None
    asked = [(f"period {op} ?", day) for op, day in ((">=", query.since), ("<=", query.until))
             if day is not None]
    where = " AND ".join(["TRUE", *(clause for clause, _ in asked)])
    pairs, params = _pairs(query, "dyad_periods", bucket, where, [day for _, day in asked])
    return fetch_cells(store, _COUNTED_SQL.format(pairs=pairs), [query.by.value, *params])


def top_events_sql(
    store: Store, query: DyadQuery, first: dt.date, end: dt.date, limit: int
) -> tuple[str, list[Any]] | None:
    """SELECT of the candidates for a change's evidence in periods from ``first`` to before
    ``end`` (``KEY_COLUMNS``, each event once): the kept top events of those periods. None when
    they cannot answer (see ``counted_cells``, or more events asked than are kept)."""
    bucket = _bucket(query, store)
    if bucket is None or limit > TOP:
        return None
    # An event of both directions that ranks among the top of their union ranks among the top
    # of the forward pair: the reverse pair's copy is left out.
    pairs, params = _pairs(query, "dyad_top", bucket, "period >= ? AND period < ?", [first, end])
    return f"SELECT {KEY_COLUMNS} FROM ({pairs})", params
