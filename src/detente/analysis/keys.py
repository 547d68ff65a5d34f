"""Which events a party code matches, read from the store's sorted party keys or the events table.

A code prefix matches any part of a compound code ("CHN" matches "RUSGOV;CHNMIL"). On the
events table that is a scan of every row. The writer keeps the events filed under each part in
``event_sides`` (store/sides.py), sorted by the parts' first three letters: the rows of a dyad or
an actor lie in one run that ``key_heads`` locates and DuckDB's zone maps skip to, plus a short
unsorted tail. Both give the same events (tests compare them); the events table is the fallback
when a store's keys do not account for every event.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from detente.store import Store
from detente.store.sides import HEAD_LETTERS

log = logging.getLogger(__name__)

KEYS = "party_keys"  # where a Store keeps its KeyIndex (None: read the events table)
KEY_TABLE = KEYS  # the name callers of the earlier in-memory key table test for
KEY_COLUMNS = (
    "event_id, date, actor_code, recipient_code, event_type, quad_class, goldstein, num_mentions"
)


@dataclass(frozen=True, slots=True, kw_only=True)
class EventRef:
    """Enough of an event to list it (a row of ``KEY_COLUMNS``); its page has the rest."""

    event_id: str
    date: dt.date
    actor_code: str
    recipient_code: str
    event_type: str
    quad_class: int | None
    goldstein: float | None
    num_mentions: int

    @classmethod
    def of(cls, row: tuple[Any, ...]) -> EventRef:
        """From a row of ``KEY_COLUMNS``."""
        return cls(**dict(zip(cls.__dataclass_fields__, row, strict=True)))


@dataclass(frozen=True, slots=True, kw_only=True)
class KeyIndex:
    """Where each (head, other head, side) run of the sorted key rows is, and where the tail
    starts. Its size grows with the pairs of countries that met, not with the events."""

    # head -> (other head, side, first pos, last pos, any compound code)
    runs: dict[str, list[tuple[str | None, int, int, int, bool]]]
    sorted_rows: int
    tail: bool  # rows after the sorted part
    tail_multi: bool  # ... some of them compound

    def span(
        self, own: str, other: str | None, sides: Sequence[int]
    ) -> tuple[int | None, int | None, bool]:
        """First and last ``pos`` of the sorted rows filed under ``own`` (towards ``other``, if
        given) on these sides, and whether any is compound; (None, None) matches nothing."""
        if len(own) >= HEAD_LETTERS:
            heads = [own[:HEAD_LETTERS]]
        else:
            heads = [head for head in self.runs if head.startswith(own)]
        hits = [
            (first, last, multi)
            for head in heads
            for other_head, side, first, last, multi in self.runs.get(head, ())
            if side in sides
            and (other is None or (other_head is not None and _head_fits(other_head, other)))
        ]
        if not hits:
            return None, None, False
        return min(h[0] for h in hits), max(h[1] for h in hits), any(h[2] for h in hits)


def _head_fits(head: str, prefix: str) -> bool:
    # Every part a prefix matches starts with its first three letters (or the whole of a shorter
    # prefix), so its rows lie in the runs of those heads.
    return head == prefix[:HEAD_LETTERS] if len(prefix) >= HEAD_LETTERS else head.startswith(prefix)


def party_clause(column: str) -> str:
    """SQL matching a party code prefix in any part of a compound code ("CHNGOV;RUSGOV")."""
    return f"(starts_with({column}, ?) OR contains({column}, ';' || ?))"


def key_index(store: Store) -> KeyIndex | None:
    """The store's key directory, loaded once per store; None when the keys cannot be used."""
    if KEYS not in store.derived:
        store.derived[KEYS] = _load_index(store)
    index: KeyIndex | None = store.derived[KEYS]
    return index


def build_key_table(store: Store) -> int:
    """Load the store's key directory now rather than at the first query; the rows it covers."""
    index = key_index(store)
    return 0 if index is None else index.sorted_rows


def attach_cache(store: Store) -> None:
    """Attach an in-memory ``cache`` database for small lookups a server keeps beside the store."""
    attached = store.rows("SELECT count(*) FROM duckdb_databases() WHERE database_name = 'cache'")
    if not attached[0][0]:
        store.con.execute("ATTACH ':memory:' AS cache (READ_WRITE)")


def without_keys(store: Store) -> Store:
    """The same store read through the events table only (to compare both ways of reading)."""
    cursor = store.cursor()
    cursor.derived = {KEYS: None}  # its own lookups: the shared ones stay as they are
    return cursor


def _load_index(store: Store) -> KeyIndex | None:
    tables = store.rows(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'key_state'"
    )
    if not tables[0][0]:
        log.warning("%s has no party keys: open it writable once to add them", store.path)
        return None
    state = store.rows(
        "SELECT sorted_rows, key_state.events, (SELECT count(*) FROM events),"
        " (SELECT count(*) FROM event_sides WHERE pos > sorted_rows),"
        " (SELECT coalesce(bool_or(multi), false) FROM event_sides WHERE pos > sorted_rows)"
        " FROM key_state"
    )
    if not state or state[0][1] != state[0][2]:
        log.warning("%s: the party keys miss events; reading the events table", store.path)
        return None
    runs: dict[str, list[tuple[str | None, int, int, int, bool]]] = {}
    for head, *run in store.rows("SELECT * FROM key_heads"):
        runs.setdefault(head, []).append(tuple(run))
    sorted_rows, _, _, tail, tail_multi = state[0]
    return KeyIndex(
        runs=runs, sorted_rows=int(sorted_rows), tail=bool(tail), tail_multi=bool(tail_multi)
    )


def key_rows(
    index: KeyIndex, span: tuple[Any, Any, bool], where: str, params: list[Any], columns: str,
    *, compound: bool = False,
) -> tuple[str, list[Any]] | None:
    """SELECT of ``columns`` from the key rows of a sorted run and the tail matching ``where``;
    with ``compound``, only where compound rows can be (None: nowhere)."""
    # One branch per place rather than an OR: each keeps its own range for the zone maps, and
    # a server skips the places that cannot hold a match (every branch costs a scan to plan).
    branches, all_params = [], []
    if span[0] is not None and (span[2] or not compound):
        branches.append(f"SELECT {columns} FROM event_sides WHERE pos BETWEEN ? AND ? AND {where}")
        all_params += [span[0], span[1], *params]
    if index.tail_multi if compound else index.tail:
        branches.append(f"SELECT {columns} FROM event_sides WHERE pos > ? AND {where}")
        all_params += [index.sorted_rows, *params]
    return (" UNION ALL ".join(branches), all_params) if branches else None


def _range(since: Any, until: Any) -> tuple[str, list[Any]]:
    # Leaving out the bounds not asked for keeps the plan small.
    asked = [(f"date {op} ?", day) for op, day in ((">=", since), ("<=", until)) if day is not None]
    return " AND ".join(["date IS NOT NULL", *(c for c, _ in asked)]), [d for _, d in asked]


def dyad_keys_sql(
    store: Store, actor: str, recipient: str, *, directed: bool, since: Any = None,
    until: Any = None, columns: str = KEY_COLUMNS, include_irrelevant: bool = False,
) -> tuple[str, list[Any]]:
    """SELECT of a dyad's distinct dated events in a date range (``columns`` of them)."""
    rng, rng_params = _range(since, until)
    # The party keys hold relevant events only (store/sides.py): the others are in events alone.
    index = None if include_irrelevant else key_index(store)
    if index is None:
        rng += "" if include_irrelevant else " AND relevant"
        one_way = f"({party_clause('actor_code')} AND {party_clause('recipient_code')})"
        params = [actor, actor, recipient, recipient]
        if directed:
            where = one_way
        else:
            where = f"({one_way} OR {one_way})"
            params += [recipient, recipient, actor, actor]
        return f"SELECT {columns} FROM events WHERE {where} AND {rng}", [*params, *rng_params]
    match = "side = 0 AND starts_with(self_part, ?) AND starts_with(other_part, ?)"
    ways = [(actor, recipient)] if directed else [(actor, recipient), (recipient, actor)]
    single, compound = [], []
    for i, (a, r) in enumerate(ways):
        span = index.span(a, r, (0,))
        # A single-part event matches once per way; the reverse leaves out the forward's rows.
        again = " AND NOT (starts_with(self_part, ?) AND starts_with(other_part, ?))" if i else ""
        single.append(key_rows(
            index, span, f"{match}{again} AND multi = false AND {rng}",
            [a, r, *([actor, recipient] if i else []), *rng_params], columns,
        ))
        # A compound one may match through several rows, in either way: kept once below.
        compound.append(key_rows(
            index, span, f"{match} AND multi = true AND {rng}", [a, r, *rng_params],
            f"{columns}, event_id AS key_event", compound=True,
        ))
    # ``multi = false`` rather than ``NOT multi``: DuckDB pushes only the first into the scan.
    parts = [branch for branch in single if branch is not None]
    found = [branch for branch in compound if branch is not None]
    if found:
        union = " UNION ALL ".join(f"({sql})" for sql, _ in found)
        found_params = [p for _, ps in found for p in ps]
        parts.append((
            f"SELECT {columns} FROM (SELECT DISTINCT ON (key_event) * FROM ({union}))",
            found_params,
        ))
    if not parts:
        return f"SELECT {columns} FROM event_sides WHERE false", []
    return " UNION ALL ".join(f"({sql})" for sql, _ in parts), [p for _, ps in parts for p in ps]


def party_keys_sql(
    store: Store, code: str, side: int, columns: str
) -> tuple[str, list[Any]] | None:
    """SELECT of the distinct events (dated or not) with ``code`` on one side (0: actor,
    1: recipient); None when the store has no usable keys."""
    return filed_sql(store, code, (side,), columns)


def filed_sql(
    store: Store, code: str, sides: Sequence[int], columns: str, where: str = "TRUE",
    params: Sequence[Any] = (),
) -> tuple[str, list[Any]] | None:
    """SELECT of ``columns`` of the key rows filed under ``code`` on these sides and matching
    ``where``, one per event and side; None when the store has no usable keys."""
    index = key_index(store)
    if index is None:
        return None
    on_sides = " OR ".join("side = ?" for _ in sides)
    span = index.span(code, None, sides)
    where = f"({on_sides}) AND starts_with(self_part, ?) AND {where}"
    params = [*sides, code, *params]
    parts = []
    single = key_rows(index, span, f"{where} AND multi = false", params, columns)
    if single is not None:
        parts.append(single)
    compound = key_rows(
        index, span, f"{where} AND multi = true", params,
        f"{columns}, event_id AS key_event, side AS key_side", compound=True,
    )
    if compound is not None:
        # A compound code on the other side files an event under one part more than once.
        parts.append((
            f"SELECT {columns} FROM (SELECT DISTINCT ON (key_event, key_side) * FROM"
            f" ({compound[0]}))", compound[1],
        ))
    if not parts:
        return f"SELECT {columns} FROM event_sides WHERE false", []
    return " UNION ALL ".join(f"({sql})" for sql, _ in parts), [p for _, ps in parts for p in ps]
