"""Party keys kept in the store: every event filed under each of its parties, sorted for reading.

A server answers dyads, actor summaries and event pages from these tables rather than from
copies in its own memory, so its memory does not grow with the store. ``event_sides`` holds,
for every event, one row per (actor part, recipient part) of its codes ("CHNGOV;RUSGOV" has two
parts) and per side: side 0 files the event under its actor part, side 1 under its recipient
part. Rows are sorted by the parts' first three letters (their country or organisation, the
*heads*) before the full parts, so every row of a dyad, and every row of one actor, lies in one
contiguous run that DuckDB's zone maps find without reading the rest. ``pos`` numbers the rows in
that order; ``key_heads`` says where each (head, head, side) run starts and ends. The rows carry
the columns an event listing shows, so a page needs no second read of the events table.

The writer keeps the tables current batch by batch: the rows of every event a batch touched are
replaced by rows appended after the sorted part (the *tail*, read whole by every query), and when
the tail outgrows a fraction of the table the whole is sorted again. ``actor_months`` holds
per-month counts of each head's events (signed, so a replaced event is taken out again) for the
commonest actor summary, by month or year over whole months. ``key_state`` records how many
events the tables account for: a reader falls back to the events table when a store was changed
without the writer (or predates these tables).
"""

from __future__ import annotations

import logging
import time

import duckdb

log = logging.getLogger(__name__)

# The event columns a listing shows (analysis/evidence.py's EventBrief), in its order.
BRIEF_COLUMNS = (
    "event_id", "date", "actor_code", "actor_name", "recipient_code", "recipient_name",
    "event_type", "mode", "cameo", "goldstein", "quad_class", "modality", "location_name",
    "num_mentions", "num_sources", "num_articles", "confidence", "mention_id", "article_id",
    "source_url",
)
HEAD_LETTERS = 3  # an ISO alpha-3 country or a three-letter IGO/NGO code
# The tail is sorted into the table once it holds this share of the rows (and at least
# MIN_TAIL rows): every query reads the whole tail, every sort rewrites the whole table.
TAIL_SHARE = 50
MIN_TAIL = 100_000

_SCHEMA_SQL = """
-- event_sides: pos (sorted part 1..sorted_rows, then the tail), side (0: filed under an actor
-- part, 1: under a recipient part), self_part (the part it is filed under, "CHNGOV"),
-- other_part (a part of the other side; NULL without a code), partner (the other side's country
-- column), multi (a compound code: several rows per side), then the listed event columns.
CREATE TABLE event_sides AS SELECT 0::BIGINT AS pos, * FROM ({sides}) LIMIT 0;
CREATE TABLE key_heads (
    self_head VARCHAR NOT NULL, other_head VARCHAR, side UTINYINT NOT NULL,
    first BIGINT NOT NULL, last BIGINT NOT NULL, multi BOOLEAN NOT NULL
);
CREATE TABLE key_state (sorted_rows BIGINT NOT NULL, next_pos BIGINT NOT NULL,
                        events BIGINT NOT NULL);
CREATE TABLE actor_months (
    self_head VARCHAR NOT NULL, side UTINYINT NOT NULL, partner VARCHAR, month DATE NOT NULL,
    event_type VARCHAR NOT NULL, quad_class TINYINT,
    mutual BOOLEAN NOT NULL,      -- the other side also has a part with this head
    events BIGINT NOT NULL, mentions BIGINT NOT NULL,
    g_events DOUBLE NOT NULL, g_mentions DOUBLE NOT NULL,   -- Goldstein sums, by event / mention
    n_events BIGINT NOT NULL, n_mentions BIGINT NOT NULL    -- ... and what they are sums over
);
"""

_CODE_COLUMNS = (
    "actor_code", "recipient_code", "actor_country", "recipient_country", *BRIEF_COLUMNS
)


def _sides_sql(where: str, *, relevant_only: bool = False) -> str:
    """Rows of ``event_sides`` (without ``pos``) for the events matching ``where``."""
    columns = ", ".join(dict.fromkeys(_CODE_COLUMNS))
    if relevant_only:  # events set aside by the relevance stage are filed nowhere
        where = f"({where}) AND relevant"
    brief = ", ".join(BRIEF_COLUMNS)

    def parts(code: str) -> str:
        # A missing code still gives the other side a row to be filed under.
        return f"CASE WHEN {code} IS NULL THEN [NULL::VARCHAR] ELSE string_split({code}, ';') END"

    return f"""
WITH picked AS (SELECT {columns} FROM events WHERE {where}),
parts AS (
    SELECT a.a_part, r.r_part, picked.*,
           contains(coalesce(actor_code, ''), ';') OR contains(coalesce(recipient_code, ''), ';')
               AS multi
    FROM picked, unnest({parts("actor_code")}) AS a(a_part),
         unnest({parts("recipient_code")}) AS r(r_part)
)
SELECT 0::UTINYINT AS side, a_part AS self_part, r_part AS other_part,
       recipient_country AS partner, multi, {brief}
FROM parts WHERE a_part IS NOT NULL
UNION ALL
SELECT 1::UTINYINT, r_part, a_part, actor_country, multi, {brief}
FROM parts WHERE r_part IS NOT NULL
"""


SCHEMA_SQL = _SCHEMA_SQL.format(sides=_sides_sql("FALSE"))
_ORDER = (
    f"left(self_part, {HEAD_LETTERS}), left(other_part, {HEAD_LETTERS}) NULLS LAST, side,"
    " self_part, other_part NULLS LAST, date NULLS LAST, event_id"
)
_HEADS_SQL = f"""
INSERT INTO key_heads
SELECT left(self_part, {HEAD_LETTERS}), left(other_part, {HEAD_LETTERS}), side, min(pos),
       max(pos), bool_or(multi)
FROM event_sides GROUP BY ALL
"""


def _months_sql(where: str, sign: int) -> str:
    """Signed per-month counts of the ``event_sides`` rows matching ``where``, one per event,
    side and head (a compound code can file an event twice under one head)."""
    head = f"left(self_part, {HEAD_LETTERS})"

    def has_head(code: str) -> str:
        return f"(starts_with({code}, {head}) OR contains({code}, ';' || {head}))"

    dated = f"({where}) AND date IS NOT NULL"
    return f"""
INSERT INTO actor_months
SELECT {head}, side, partner, date_trunc('month', date)::DATE, event_type, quad_class,
       coalesce(CASE WHEN side = 0 THEN {has_head("recipient_code")}
                     ELSE {has_head("actor_code")} END, false),
       {sign} * count(*), {sign} * sum(num_mentions), {sign} * coalesce(sum(goldstein), 0),
       {sign} * coalesce(sum(goldstein * num_mentions), 0), {sign} * count(goldstein),
       {sign} * coalesce(sum(CASE WHEN goldstein IS NOT NULL THEN num_mentions END), 0)
FROM (
    SELECT * FROM event_sides WHERE {dated} AND multi = false
    UNION ALL
    SELECT DISTINCT ON (event_id, side, {head}) * FROM event_sides WHERE {dated} AND multi = true
)
GROUP BY ALL
"""


def _event_count(con: duckdb.DuckDBPyConnection) -> int:
    return int(con.execute("SELECT count(*) FROM events").fetchall()[0][0])


def _relevance(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the events table has its relevance column yet (migration 3; 2 runs before it)."""
    found = con.execute(
        "SELECT count(*) FROM information_schema.columns"
        " WHERE table_name = 'events' AND column_name = 'relevant'"
    ).fetchall()
    return bool(found[0][0])


def rebuild(con: duckdb.DuckDBPyConnection) -> int:
    """Sort every event into the key tables afresh; the number of rows. Runs in the caller's
    transaction, if any."""
    started = time.perf_counter()
    con.execute("SET enable_progress_bar = false")  # a migration prints nothing of its own
    con.execute("DELETE FROM event_sides")
    con.execute("DELETE FROM key_heads")
    con.execute("DELETE FROM actor_months")
    con.execute("DELETE FROM key_state")
    con.execute(
        f"INSERT INTO event_sides SELECT row_number() OVER (ORDER BY {_ORDER}) AS pos, *"
        f" FROM ({_sides_sql('TRUE', relevant_only=_relevance(con))}) ORDER BY pos"
    )
    con.execute(_HEADS_SQL)
    con.execute(_months_sql("TRUE", 1))
    count = int(con.execute("SELECT count(*) FROM event_sides").fetchall()[0][0])
    con.execute(
        "INSERT INTO key_state VALUES (?, ?, ?)", [count, count + 1, _event_count(con)]
    )
    log.info("party keys: %d rows sorted in %.1f s", count, time.perf_counter() - started)
    return count


def refresh(con: duckdb.DuckDBPyConnection, event_ids: list[str]) -> None:
    """Replace the key rows of these events (changed, new or gone) inside the writer's
    transaction; sort the whole table again when the tail has grown too long."""
    state = con.execute("SELECT sorted_rows, next_pos FROM key_state").fetchall()
    if not state:
        rebuild(con)
        return
    sorted_rows, next_pos = state[0]
    if event_ids:
        touched = "event_id IN (SELECT unnest(?::VARCHAR[]))"
        # The old rows found once by id, then by position: a pass over the integer positions
        # costs far less than one over the ids.
        old = [r[0] for r in con.execute(f"SELECT pos FROM event_sides WHERE {touched}",
                                         [event_ids]).fetchall()]
        if old:
            at = "pos IN (SELECT unnest(?::BIGINT[]))"
            # Each ``where`` of _months_sql is read twice (single-part and compound rows).
            con.execute(_months_sql(at, -1), [old] * 2)
            con.execute(f"DELETE FROM event_sides WHERE {at}", [old])
        con.execute(
            f"INSERT INTO event_sides SELECT ? - 1 + row_number() OVER () AS pos, *"
            f" FROM ({_sides_sql(touched, relevant_only=_relevance(con))})",
            [next_pos, event_ids],
        )
        con.execute(_months_sql(f"pos >= ? AND {touched}", 1), [next_pos, event_ids] * 2)
        last = con.execute("SELECT coalesce(max(pos), 0) FROM event_sides").fetchall()[0][0]
        next_pos = max(next_pos, last + 1)  # never back into the sorted part after deletions
    tail = next_pos - 1 - sorted_rows
    if tail > max(MIN_TAIL, sorted_rows // TAIL_SHARE):
        rebuild(con)
        return
    con.execute(
        "UPDATE key_state SET next_pos = ?, events = ?", [next_pos, _event_count(con)]
    )
