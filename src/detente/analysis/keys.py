"""Dyad keys: which dated events a dyad holds, read from the events table or a sorted copy.

A dyad query matches a code prefix against every part of a compound code ("CHNGOV;RUSGOV"). On
the events table that is a scan of every row. A server builds, once, an in-memory copy of the
keys with one row per (actor part, recipient part) sorted by them, so a dyad's rows sit together
and DuckDB skips the row groups of every other dyad. Both give the same events (a test checks).
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from dataclasses import dataclass
from typing import Any

import duckdb

from detente.store import Store

log = logging.getLogger(__name__)

KEY_TABLE = "cache.dyad_keys"
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

# ``multi`` marks events with a compound party: only their rows can match a dyad twice.
_BUILD_SQL = """
CREATE OR REPLACE TABLE cache.dyad_keys AS
SELECT a.a_part, r.r_part, e.date, e.event_id, e.actor_code, e.recipient_code, e.quad_class,
       e.event_type, e.goldstein, e.num_mentions,
       contains(e.actor_code, ';') OR contains(e.recipient_code, ';') AS multi
FROM events e,
     unnest(string_split(e.actor_code, ';')) AS a(a_part),
     unnest(string_split(e.recipient_code, ';')) AS r(r_part)
WHERE e.date IS NOT NULL
ORDER BY a_part, r_part, date
"""


def party_clause(column: str) -> str:
    """SQL matching a party code prefix in any part of a compound code ("CHNGOV;RUSGOV")."""
    return f"(starts_with({column}, ?) OR contains({column}, ';' || ?))"


def build_key_table(store: Store) -> int:
    """Copy the dyad keys into a sorted in-memory table; the store file itself stays read-only."""
    started = time.perf_counter()
    attached = store.rows("SELECT count(*) FROM duckdb_databases() WHERE database_name = 'cache'")
    if not attached[0][0]:
        store.con.execute("ATTACH ':memory:' AS cache (READ_WRITE)")
    store.con.execute("SET enable_progress_bar = false")
    store.con.execute(_BUILD_SQL)
    count = int(store.rows(f"SELECT count(*) FROM {KEY_TABLE}")[0][0])
    log.info("dyad keys: %d rows in %.1f s", count, time.perf_counter() - started)
    return count


def has_key_table(store: Store) -> bool:
    """Whether this connection's database instance holds the sorted key table."""
    try:
        found = store.rows(
            "SELECT count(*) FROM duckdb_tables()"
            " WHERE database_name = 'cache' AND table_name = 'dyad_keys'"
        )
    except duckdb.Error:
        return False
    return bool(found[0][0])


def _range(since: Any, until: Any) -> tuple[str, list[Any]]:
    return (
        "(date IS NOT NULL AND (?::DATE IS NULL OR date >= ?) AND (?::DATE IS NULL OR date <= ?))",
        [since, since, until, until],
    )


def dyad_keys_sql(
    store: Store, actor: str, recipient: str, *, directed: bool, since: Any = None,
    until: Any = None,
) -> tuple[str, list[Any]]:
    """SELECT of a dyad's distinct dated events in a date range: ``KEY_COLUMNS`` only."""
    rng, rng_params = _range(since, until)
    if not has_key_table(store):
        one_way = f"({party_clause('actor_code')} AND {party_clause('recipient_code')})"
        params = [actor, actor, recipient, recipient]
        if directed:
            where = one_way
        else:
            where = f"({one_way} OR {one_way})"
            params += [recipient, recipient, actor, actor]
        return f"SELECT {KEY_COLUMNS} FROM events WHERE {where} AND {rng}", [*params, *rng_params]
    match = "starts_with(a_part, ?) AND starts_with(r_part, ?)"
    ways = [(actor, recipient)] if directed else [(actor, recipient), (recipient, actor)]
    branches, params = [], []
    for i, (a, r) in enumerate(ways):
        # Single-part events match once per direction; the reverse skips those already found.
        again = f" AND NOT ({match})" if i else ""
        branches.append(
            f"SELECT {KEY_COLUMNS} FROM {KEY_TABLE}"
            f" WHERE {match}{again} AND NOT multi AND {rng}"
        )
        params += [a, r, *([actor, recipient] if i else []), *rng_params]
    either = " OR ".join(f"({match})" for _ in ways)
    branches.append(
        f"SELECT DISTINCT {KEY_COLUMNS} FROM {KEY_TABLE} WHERE ({either}) AND multi AND {rng}"
    )
    params += [p for way in ways for p in way] + rng_params
    return " UNION ALL ".join(branches), params
