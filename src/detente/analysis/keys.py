"""Dyad keys: which dated events a dyad holds, read from the events table or a sorted copy.

A dyad query matches a code prefix against every part of a compound code ("CHNGOV;RUSGOV"). On
the events table that is a scan of every row. A server builds, once, an in-memory copy of the
keys with one row per (actor part, recipient part), sorted by the parts' first three letters
(their country or organisation) before the full parts. So every sector of CHN towards every
sector of PRK sits together, and DuckDB's zone maps skip the row groups of every other dyad even
for a country-level query. Both give the same events (a test checks).
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from dataclasses import dataclass
from typing import Any

from detente.store import Store

log = logging.getLogger(__name__)

KEY_TABLE = "cache.dyad_keys"
KEY_ARRAYS = "cache.dyad_keys:arrays"  # where a server keeps the table's columns (key_arrays.py)
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

# ``multi`` marks events with a compound party: only their rows can match a dyad twice. Sorting by
# the parts alone would interleave CHN, CHNGOV, CHNMIL... blocks, each holding its own PRK rows.
# ``pos`` numbers the rows in that order: an integer range prunes far faster than string prefixes.
_BUILD_SQL = """
CREATE OR REPLACE TABLE cache.dyad_keys AS
WITH parts AS (
    SELECT a.a_part, r.r_part, e.date, e.event_id, e.actor_code, e.recipient_code, e.quad_class,
           e.event_type, e.goldstein, e.num_mentions,
           contains(e.actor_code, ';') OR contains(e.recipient_code, ';') AS multi
    FROM events e,
         unnest(string_split(e.actor_code, ';')) AS a(a_part),
         unnest(string_split(e.recipient_code, ';')) AS r(r_part)
    WHERE e.date IS NOT NULL AND e.relevant
)
SELECT row_number() OVER (
           ORDER BY left(a_part, 3), left(r_part, 3), a_part, r_part, date, event_id
       ) AS pos, *
FROM parts
ORDER BY pos
"""

# Where each pair of heads (the parts' first three letters) starts and ends in the key table.
_HEADS_SQL = """
SELECT left(a_part, 3) AS a_head, left(r_part, 3) AS r_head, min(pos) AS first, max(pos) AS last,
       bool_or(multi) AS multi
FROM cache.dyad_keys
GROUP BY ALL
"""

HEAD_LETTERS = 3  # the 3 in the SQL above: an ISO alpha-3 country or a three-letter IGO/NGO code


def party_clause(column: str) -> str:
    """SQL matching a party code prefix in any part of a compound code ("CHNGOV;RUSGOV")."""
    return f"(starts_with({column}, ?) OR contains({column}, ';' || ?))"


def attach_cache(store: Store) -> None:
    """Attach the in-memory ``cache`` database where a server keeps its sorted copies."""
    attached = store.rows("SELECT count(*) FROM duckdb_databases() WHERE database_name = 'cache'")
    if not attached[0][0]:
        store.con.execute("ATTACH ':memory:' AS cache (READ_WRITE)")
    store.con.execute("SET enable_progress_bar = false")


def build_key_table(store: Store) -> int:
    """Copy the dyad keys into a sorted in-memory table; the store file itself stays read-only."""
    started = time.perf_counter()
    attach_cache(store)
    store.con.execute(_BUILD_SQL)
    # The directory is small (a row per pair of countries that met): a dict answers in
    # microseconds where a query on a table of it cost milliseconds of planning, twice per dyad.
    store.derived[KEY_TABLE] = {
        (a, r): (first, last, multi) for a, r, first, last, multi in store.rows(_HEADS_SQL)
    }
    count = int(store.rows(f"SELECT count(*) FROM {KEY_TABLE}")[0][0])
    log.info("dyad keys: %d rows in %.1f s", count, time.perf_counter() - started)
    return count


def _range(since: Any, until: Any) -> tuple[str, list[Any]]:
    return (
        "(date IS NOT NULL AND (?::DATE IS NULL OR date >= ?) AND (?::DATE IS NULL OR date <= ?))",
        [since, since, until, until],
    )


def _key_range(since: Any, until: Any) -> tuple[str, list[Any]]:
    # Key rows are all dated; leaving out the bounds not asked for keeps the plan small.
    asked = [(f"date {op} ?", day) for op, day in ((">=", since), ("<=", until)) if day is not None]
    return " AND ".join(["TRUE", *(clause for clause, _ in asked)]), [day for _, day in asked]


def dyad_keys_sql(
    store: Store, actor: str, recipient: str, *, directed: bool, since: Any = None,
    until: Any = None, include_irrelevant: bool = False,
) -> tuple[str, list[Any]]:
    """SELECT of a dyad's distinct dated events in a date range: ``KEY_COLUMNS`` only."""
    ways = [(actor, recipient)] if directed else [(actor, recipient), (recipient, actor)]
    # The key table holds relevant events only; irrelevant ones are read from the events table.
    spans = None if include_irrelevant else _spans(store, ways)
    if spans is None:
        rng, rng_params = _range(since, until)
        rng += "" if include_irrelevant else " AND relevant"
        one_way = f"({party_clause('actor_code')} AND {party_clause('recipient_code')})"
        params = [actor, actor, recipient, recipient]
        if directed:
            where = one_way
        else:
            where = f"({one_way} OR {one_way})"
            params += [recipient, recipient, actor, actor]
        return f"SELECT {KEY_COLUMNS} FROM events WHERE {where} AND {rng}", [*params, *rng_params]
    match = "pos BETWEEN ? AND ? AND starts_with(a_part, ?) AND starts_with(r_part, ?)"
    rng, rng_params = _key_range(since, until)
    branches, params = [], []
    for i, ((a, r), span) in enumerate(zip(ways, spans, strict=True)):
        # Single-part events match once per direction; the reverse skips those already found.
        again = " AND NOT (starts_with(a_part, ?) AND starts_with(r_part, ?))" if i else ""
        branches.append(
            f"SELECT {KEY_COLUMNS} FROM {KEY_TABLE}"
            f" WHERE {match}{again} AND NOT multi AND {rng}"
        )
        params += [*span.bounds, a, r, *([actor, recipient] if i else []), *rng_params]
    if any(span.multi for span in spans):
        # An event with a compound party can match through several of its rows: keep it once.
        multi = " UNION ALL ".join(
            f"SELECT {KEY_COLUMNS} FROM {KEY_TABLE} WHERE {match} AND multi AND {rng}"
            for _ in ways
        )
        branches.append(f"SELECT DISTINCT * FROM ({multi})")
        params += [p for (a, r), span in zip(ways, spans, strict=True)
                   for p in (*span.bounds, a, r, *rng_params)]
    return " UNION ALL ".join(branches), params


@dataclass(frozen=True, slots=True, kw_only=True)
class _Span:
    """Where in the key table a dyad's rows can be, and whether any of them is compound."""

    bounds: tuple[int | None, int | None]  # (None, None) matches nothing: BETWEEN NULL AND NULL
    multi: bool


def _spans(store: Store, ways: list[tuple[str, str]]) -> list[_Span] | None:
    """Where each (actor, recipient) prefix pair's key rows can be; None without a key table."""
    directory: dict[tuple[str, str], tuple[int, int, bool]] | None = store.derived.get(KEY_TABLE)
    if directory is None:
        return None
    return key_spans(directory, ways)


def key_spans(
    directory: dict[tuple[str, str], tuple[int, int, bool]], ways: list[tuple[str, str]]
) -> list[_Span]:
    """Where each (actor, recipient) prefix pair's rows can be in the key table."""
    return [_span(directory, actor, recipient) for actor, recipient in ways]


def _span(
    directory: dict[tuple[str, str], tuple[int, int, bool]], actor: str, recipient: str
) -> _Span:
    # A prefix's parts all start with its first three letters (or with the whole of a shorter
    # one), so the rows of every matching pair of heads lie between their first and last rows.
    a, r = actor[:HEAD_LETTERS], recipient[:HEAD_LETTERS]
    if len(a) == len(r) == HEAD_LETTERS:
        hits = [directory[a, r]] if (a, r) in directory else []
    else:
        hits = [s for (ah, rh), s in directory.items() if ah.startswith(a) and rh.startswith(r)]
    if not hits:
        return _Span(bounds=(None, None), multi=False)
    return _Span(
        bounds=(min(h[0] for h in hits), max(h[1] for h in hits)), multi=any(h[2] for h in hits)
    )
