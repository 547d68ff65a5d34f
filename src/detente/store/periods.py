"""Per-period dyad counts and top events kept by the writer: a dyad's answer reads its few rows.

``dyad_periods`` holds, for every pair of party heads (the first three letters of a part, as in
store/sides.py) and every ISO week and calendar month, the events filed under the pair grouped
by event type and QuadClass, with the sums a series shows in both units. An event with a
compound code counts once per pair of heads however many of its parts share them. ``mirrored``
marks the events that the reverse pair holds too (its actor also has a part with the recipient's
head and its recipient one with the actor's): a series of both directions adds the reverse pair's
other rows and so counts each event once. Rows are signed, as in ``actor_months``: the writer
takes a replaced event's rows out by adding their negatives, and a reader sums a group and drops
the groups that sum to no event.

``dyad_top`` holds, for every pair, period and way (cooperative or conflictual QuadClass), the
``TOP`` events a change's evidence ranks first (analysis/changes.py): the evidence of a window
of periods is among the top events of its periods. The writer ranks again the groups a batch
touched. A rebuild writes both tables afresh, sorted by pair, so that a reader's pair lies in
one run that DuckDB's zone maps find; the writer's later rows follow unsorted.
"""

from __future__ import annotations

import duckdb

HEAD_LETTERS = 3  # as store/sides.py (not imported: sides imports this module)
# The period lengths kept: a year is summed from months; days are read from the party keys.
BUCKETS = ("week", "month")
TOP = 5  # events kept per group: what a dyad answer lists behind each change
# The columns of a listed event (analysis/keys.py's KEY_COLUMNS, which reads them back).
TOP_COLUMNS = (
    "event_id", "date", "actor_code", "recipient_code", "event_type", "quad_class", "goldstein",
    "num_mentions",
)

SCHEMA_SQL = """
CREATE TABLE IF NOT EXISTS dyad_periods (
    actor_head VARCHAR NOT NULL, recipient_head VARCHAR NOT NULL,
    bucket VARCHAR NOT NULL,      -- week | month
    period DATE NOT NULL,         -- the first day of the week (a Monday) or month
    event_type VARCHAR NOT NULL, quad_class TINYINT,
    mirrored BOOLEAN NOT NULL,    -- the reverse pair (recipient head, actor head) holds it too
    events BIGINT NOT NULL, mentions BIGINT NOT NULL,
    g_events DOUBLE NOT NULL, g_mentions DOUBLE NOT NULL,   -- Goldstein sums, by event / mention
    n_events BIGINT NOT NULL, n_mentions BIGINT NOT NULL    -- ... and what they are sums over
);
CREATE TABLE IF NOT EXISTS dyad_top (
    actor_head VARCHAR NOT NULL, recipient_head VARCHAR NOT NULL, bucket VARCHAR NOT NULL,
    period DATE NOT NULL, mirrored BOOLEAN NOT NULL,   -- as in dyad_periods
    event_id VARCHAR NOT NULL, date DATE NOT NULL, actor_code VARCHAR, recipient_code VARCHAR,
    event_type VARCHAR NOT NULL, quad_class TINYINT NOT NULL, goldstein DOUBLE,
    num_mentions INTEGER NOT NULL
);
"""

_A_HEAD = f"left(self_part, {HEAD_LETTERS})"
_R_HEAD = f"left(other_part, {HEAD_LETTERS})"


def _buckets(alias: str) -> str:
    """A FROM item of the kept period lengths (column ``bucket``)."""
    return "(VALUES " + ", ".join(f"('{b}')" for b in BUCKETS) + f") AS {alias}(bucket)"



def _filed(where: str) -> str:
    """The ``event_sides`` rows filing a dated event under a pair, one per event and pair of
    heads (a compound code gives several rows per pair); ``where`` is read twice."""
    filed = f"side = 0 AND other_part IS NOT NULL AND date IS NOT NULL AND ({where})"
    return f"""(
    SELECT * FROM event_sides WHERE {filed} AND multi = false
    UNION ALL
    SELECT DISTINCT ON (event_id, {_A_HEAD}, {_R_HEAD}) * FROM event_sides
    WHERE {filed} AND multi = true
)"""


def _has_head(code: str, head: str) -> str:
    return f"(starts_with({code}, {head}) OR contains({code}, ';' || {head}))"


# Whether a filed row's event is filed under the reverse pair too.
_MIRRORED = (
    f"coalesce({_has_head('actor_code', _R_HEAD)} AND {_has_head('recipient_code', _A_HEAD)},"
    " false)"
)


def periods_sql(where: str, sign: int, *, order: bool = False) -> str:
    """INSERT of the signed per-period counts of the ``event_sides`` rows matching ``where``
    (read twice: single-part and compound rows); ``order`` sorts them by pair."""
    return f"""
INSERT INTO dyad_periods
SELECT {_A_HEAD} AS actor_head, {_R_HEAD} AS recipient_head, b.bucket,
       date_trunc(b.bucket, date)::DATE AS period, event_type, quad_class,
       {_MIRRORED} AS mirrored,
       {sign} * count(*), {sign} * sum(num_mentions), {sign} * coalesce(sum(goldstein), 0),
       {sign} * coalesce(sum(goldstein * num_mentions), 0), {sign} * count(goldstein),
       {sign} * coalesce(sum(CASE WHEN goldstein IS NOT NULL THEN num_mentions END), 0)
FROM {_filed(where)}, {_buckets("b")}
GROUP BY ALL
{"ORDER BY 1, 2, 3, 4" if order else ""}
"""


def rank_key(warming: str) -> str:
    """The order of a change's evidence (first = most reported, then strongest Goldstein the
    change's way, scored first, then date and id); ``warming`` says which way."""
    return (
        "struct_pack(m := -num_mentions, unscored := goldstein IS NULL,"
        f" g := CASE WHEN {warming} THEN -goldstein ELSE goldstein END, d := date, e := event_id)"
    )


def _top_sql(groups: str, *, order: bool = False) -> str:
    """INSERT of the top events of each group of filed rows that ``groups`` (a FROM item
    joined to the rows as ``f``) picks, one row each."""
    picked = f"struct_pack({', '.join(f'f.{c}' for c in TOP_COLUMNS)})"
    return f"""
INSERT INTO dyad_top
SELECT actor_head, recipient_head, bucket, period, mirrored, unnest(top, recursive := true)
FROM (
    SELECT {_A_HEAD} AS actor_head, {_R_HEAD} AS recipient_head, g.bucket,
           date_trunc(g.bucket, f.date)::DATE AS period, {_MIRRORED} AS mirrored,
           f.quad_class <= 2 AS warming,
           min_by({picked}, {rank_key("f.quad_class <= 2")}, {TOP}) AS top
    FROM {_filed("quad_class IN (1, 2, 3, 4)")} AS f, {groups}
    GROUP BY ALL
)
{"ORDER BY actor_head, recipient_head, bucket, period" if order else ""}
"""


def has_periods(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the store has the per-period tables yet (migration 4)."""
    found = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'dyad_top'"
    ).fetchall()
    return bool(found[0][0])


def rebuild(con: duckdb.DuckDBPyConnection) -> None:
    """Count and rank every filed event afresh, sorted by pair (after ``event_sides``)."""
    if not has_periods(con):  # migration 2 sorts the keys before migration 4 adds the tables
        return
    con.execute("DELETE FROM dyad_periods")
    con.execute(periods_sql("TRUE", 1, order=True))
    con.execute("DELETE FROM dyad_top")
    con.execute(_top_sql(_buckets("g"), order=True))


def fill(con: duckdb.DuckDBPyConnection) -> None:
    """Migration 4's fill: count the party keys' rows (from scratch, so it can run again)."""
    con.execute("SET enable_progress_bar = false")
    rebuild(con)


_TOUCHED_TABLE = """
CREATE TEMP TABLE IF NOT EXISTS touched_periods (
    actor_head VARCHAR, recipient_head VARCHAR, bucket VARCHAR, period DATE
)
"""
_TOUCHED_SQL = f"""
INSERT INTO touched_periods
SELECT DISTINCT {_A_HEAD}, {_R_HEAD}, b.bucket, date_trunc(b.bucket, date)::DATE
FROM event_sides, {_buckets("b")}
WHERE side = 0 AND other_part IS NOT NULL AND date IS NOT NULL AND ({{where}})
"""
_GROUPS = "(SELECT DISTINCT * FROM touched_periods) AS g"


def take_out(con: duckdb.DuckDBPyConnection, where: str, params: list[object]) -> None:
    """Take the ``event_sides`` rows matching ``where`` out of the counts (before the rows are
    deleted), and note their groups for ``put_in`` to rank again."""
    con.execute(periods_sql(where, -1), params * 2)
    con.execute(_TOUCHED_TABLE)
    con.execute(_TOUCHED_SQL.format(where=where), params)


def put_in(con: duckdb.DuckDBPyConnection, where: str, params: list[object]) -> None:
    """Count the ``event_sides`` rows matching ``where`` (just inserted), and rank again every
    group they or the rows taken out belong to."""
    con.execute(periods_sql(where, 1), params * 2)
    con.execute(_TOUCHED_TABLE)
    con.execute(_TOUCHED_SQL.format(where=where), params)
    con.execute(
        "DELETE FROM dyad_top USING (SELECT DISTINCT * FROM touched_periods) AS t"
        " WHERE dyad_top.actor_head = t.actor_head AND dyad_top.recipient_head = t.recipient_head"
        " AND dyad_top.bucket = t.bucket AND dyad_top.period = t.period"
    )
    con.execute(_top_sql(
        f"{_GROUPS} WHERE {_A_HEAD} = g.actor_head AND {_R_HEAD} = g.recipient_head"
        " AND date_trunc(g.bucket, f.date)::DATE = g.period"
    ))
    con.execute("DELETE FROM touched_periods")
