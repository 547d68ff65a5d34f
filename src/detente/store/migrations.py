"""Numbered schema migrations; each applied one is recorded in the database itself."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass

import duckdb

from detente.store import sides

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True, kw_only=True)
class Migration:
    """One schema step; ``number`` orders them and is never reused."""

    number: int
    name: str
    sql: str
    fill: Callable[[duckdb.DuckDBPyConnection], object] | None = None  # run after ``sql``


_INITIAL = """
CREATE TABLE runs (
    run_id VARCHAR PRIMARY KEY,
    kind VARCHAR NOT NULL,               -- ingest | recode
    status VARCHAR NOT NULL,             -- running | completed | failed; a killed run stays running
    started_at TIMESTAMP NOT NULL,
    finished_at TIMESTAMP,
    inputs VARCHAR[],
    model VARCHAR,
    model_version VARCHAR,
    lexicon_version VARCHAR,
    settings_hash VARCHAR,
    settings JSON,
    workers INTEGER,
    articles_read BIGINT NOT NULL DEFAULT 0,
    articles_skipped BIGINT NOT NULL DEFAULT 0,   -- already stored before this run
    articles_new BIGINT NOT NULL DEFAULT 0,
    duplicates_new BIGINT NOT NULL DEFAULT 0,
    events_new BIGINT NOT NULL DEFAULT 0,
    mentions_new BIGINT NOT NULL DEFAULT 0,
    errors BIGINT NOT NULL DEFAULT 0,
    batches BIGINT NOT NULL DEFAULT 0,
    seconds DOUBLE NOT NULL DEFAULT 0
);

CREATE TABLE articles (
    id VARCHAR PRIMARY KEY,              -- the input's id, else the content hash of the raw text
    content_hash VARCHAR NOT NULL,       -- hash of the cleaned text: exact duplicates share it
    url VARCHAR,
    source VARCHAR,
    source_key VARCHAR NOT NULL,         -- what counts as one source: name, else URL host, else id
    title VARCHAR,
    byline VARCHAR,
    date DATE,
    dateline_text VARCHAR,
    dateline_place VARCHAR,
    dateline_date DATE,
    agency VARCHAR,
    origin VARCHAR,
    text VARCHAR NOT NULL,
    duplicate_of VARCHAR,                -- the canonical article when this one is a duplicate
    similarity DOUBLE,                   -- estimated Jaccard similarity with duplicate_of
    shingles INTEGER NOT NULL,
    minhash UINTEGER[],
    num_events INTEGER NOT NULL DEFAULT 0,
    lexicon_version VARCHAR
);

-- MinHash LSH bands of canonical articles: a shared (band, hash) makes two articles candidates.
CREATE TABLE article_bands (
    band SMALLINT NOT NULL,
    hash BIGINT NOT NULL,
    article_id VARCHAR NOT NULL
);

CREATE TABLE events (
    event_id VARCHAR PRIMARY KEY,        -- hash of the unique-event key (see store/rows.py)
    date DATE,
    actor_code VARCHAR,
    actor_country VARCHAR,
    actor_sector VARCHAR,
    actor_org VARCHAR,
    actor_name VARCHAR,
    actor_other_sectors VARCHAR[],
    recipient_code VARCHAR,
    recipient_country VARCHAR,
    recipient_sector VARCHAR,
    recipient_org VARCHAR,
    recipient_name VARCHAR,
    recipient_other_sectors VARCHAR[],
    event_type VARCHAR NOT NULL,
    mode VARCHAR,
    context VARCHAR[],
    cameo VARCHAR NOT NULL,
    goldstein DOUBLE,
    quad_class TINYINT,
    modality VARCHAR NOT NULL,
    location_name VARCHAR,
    location_country VARCHAR,
    location_admin1 VARCHAR,
    location_lat DOUBLE,
    location_lon DOUBLE,
    location_geonames_id BIGINT,
    location_precision VARCHAR,
    location_rule VARCHAR,
    num_mentions INTEGER NOT NULL DEFAULT 0,
    num_sources INTEGER NOT NULL DEFAULT 0,
    num_articles INTEGER NOT NULL DEFAULT 0,
    confidence DOUBLE,                   -- the best mention's
    first_sentence_index INTEGER,        -- earliest sentence that reports it (GDELT IsRootEvent)
    mention_id VARCHAR,                  -- the representative mention
    article_id VARCHAR,                  -- its article
    source_url VARCHAR,
    lexicon_version VARCHAR
);

CREATE TABLE mentions (
    mention_id VARCHAR PRIMARY KEY,      -- the coder's event id (article, sentence, trigger, ...)
    event_id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    sentence_index INTEGER NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL,
    trigger_start INTEGER NOT NULL,
    trigger_end INTEGER NOT NULL,
    trigger_text VARCHAR NOT NULL,
    actor_start INTEGER,
    actor_end INTEGER,
    recipient_start INTEGER,
    recipient_end INTEGER,
    confidence DOUBLE NOT NULL,
    modality VARCHAR NOT NULL,
    date_rule VARCHAR,
    pattern_id VARCHAR,
    lexicon_version VARCHAR,
    record JSON NOT NULL                 -- the public PLOVER-JSON record of this mention
);

CREATE TABLE errors (
    error_id VARCHAR PRIMARY KEY,        -- hash of origin and reason: a rerun does not repeat it
    file VARCHAR NOT NULL,
    record VARCHAR,                      -- line or record number inside the file, if any
    reason VARCHAR NOT NULL,
    run_id VARCHAR
);
"""

# Relevance (coding/relevance.py): events and mentions stored before it count as relevant until
# `detente recode` decides them (the relevance lexicon is part of lexicon_version).
_RELEVANCE = """
ALTER TABLE events ADD COLUMN relevant BOOLEAN DEFAULT true;
ALTER TABLE events ADD COLUMN relevance VARCHAR;
ALTER TABLE mentions ADD COLUMN relevant BOOLEAN DEFAULT true;
ALTER TABLE mentions ADD COLUMN relevance VARCHAR;
"""

MIGRATIONS: tuple[Migration, ...] = (
    Migration(number=1, name="initial schema", sql=_INITIAL),
    Migration(
        number=2, name="party keys sorted for serving", sql=sides.SCHEMA_SQL, fill=sides.rebuild
    ),
    # Every stored event is relevant until recoded, so the party keys need no rebuild here.
    Migration(number=3, name="event relevance", sql=_RELEVANCE),
)


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    """The highest migration applied to this database (0 for a new one)."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        "number INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)"
    )
    rows = con.execute("SELECT coalesce(max(number), 0) FROM schema_migrations").fetchall()
    return int(rows[0][0])


def migrate(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Apply every migration newer than the database, each in its own transaction."""
    current = schema_version(con)
    applied = []
    for migration in MIGRATIONS:
        if migration.number <= current:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(migration.sql)
            if migration.fill is not None:
                migration.fill(con)
            con.execute(
                "INSERT INTO schema_migrations VALUES (?, ?, ?)",
                [migration.number, migration.name, dt.datetime.now(dt.UTC).replace(tzinfo=None)],
            )
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        log.info("applied migration %03d %s", migration.number, migration.name)
        applied.append(migration.number)
    return applied
