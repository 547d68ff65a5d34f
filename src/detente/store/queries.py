"""Named read queries over the store; every value is passed as a parameter, never pasted in."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from detente.records import LOCATION_COLUMNS

# Columns of the public events view, in order; exports and the Python API share them.
EVENT_COLUMNS = (
    "event_id",
    "date",
    "actor_code",
    "actor_country",
    "actor_sector",
    "actor_org",
    "actor_name",
    "actor_other_sectors",
    "recipient_code",
    "recipient_country",
    "recipient_sector",
    "recipient_org",
    "recipient_name",
    "recipient_other_sectors",
    "event_type",
    "mode",
    "context",
    "cameo",
    "goldstein",
    "quad_class",
    "modality",
    *LOCATION_COLUMNS,
    "num_mentions",
    "num_sources",
    "num_articles",
    "confidence",
    "first_sentence_index",
    "mention_id",
    "article_id",
    "source_url",
    "lexicon_version",
    "relevant",
    "relevance",
)


@dataclass(frozen=True, slots=True, kw_only=True)
class EventFilter:
    """Which unique events to read; every field left as None matches everything."""

    since: dt.date | None = None
    until: dt.date | None = None  # inclusive
    actor: str | None = None  # code prefix: "CHN" matches CHNGOV, CHNMIL, ...
    recipient: str | None = None
    country: str | None = None  # either side
    event_type: str | None = None  # PLOVER type
    cameo: str | None = None  # code prefix: "04" is every CONSULT code
    quad_class: int | None = None
    modality: str | None = None
    min_mentions: int | None = None
    min_confidence: float | None = None
    limit: int | None = None
    include_irrelevant: bool = False  # events the relevance stage found no political news


def _code_matches(column: str) -> str:
    # A party code is "CHNGOV" or a compound "CHNGOV;RUSGOV": match the start of any part.
    return f"(starts_with({column}, ?) OR contains({column}, ';' || ?))"


def events_sql(where: EventFilter) -> tuple[str, list[Any]]:
    """SELECT for unique events matching a filter, oldest first, then by id."""
    clauses: list[str] = []
    params: list[Any] = []
    simple = (
        ("date >= ?", where.since),
        ("date <= ?", where.until),
        ("event_type = ?", where.event_type),
        ("quad_class = ?", where.quad_class),
        ("modality = ?", where.modality),
        ("num_mentions >= ?", where.min_mentions),
        ("confidence >= ?", where.min_confidence),
        ("starts_with(cameo, ?)", where.cameo),
    )
    for clause, value in simple:
        if value is not None:
            clauses.append(clause)
            params.append(value)
    for column, value in (("actor_code", where.actor), ("recipient_code", where.recipient)):
        if value:
            clauses.append(_code_matches(column))
            params += [value.upper(), value.upper()]
    if not where.include_irrelevant:
        clauses.append("relevant")
    if where.country:
        clauses.append(f"({_code_matches('actor_code')} OR {_code_matches('recipient_code')})")
        params += [where.country.upper()] * 4
    sql = f"SELECT {', '.join(EVENT_COLUMNS)} FROM events"
    if clauses:
        sql += " WHERE " + " AND ".join(clauses)
    sql += " ORDER BY date NULLS LAST, event_id"
    if where.limit is not None:
        sql += " LIMIT ?"
        params.append(where.limit)
    return sql, params


MENTIONS_SQL = """
SELECT m.*, a.url, a.title, a.source, a.date AS article_date
FROM mentions m JOIN articles a ON a.id = m.article_id
WHERE (? IS NULL OR m.event_id = ?) AND (? IS NULL OR m.article_id = ?)
ORDER BY m.article_id, m.sentence_index, m.trigger_start, m.mention_id
"""

ARTICLES_SQL = """
SELECT id, content_hash, url, source, source_key, title, byline, date, dateline_text,
       dateline_place, dateline_date, agency, origin, duplicate_of, similarity, num_events,
       lexicon_version {text}
FROM articles
WHERE (? OR duplicate_of IS NULL)
ORDER BY id
"""

COUNTS_SQL = """
SELECT
  (SELECT count(*) FROM articles WHERE duplicate_of IS NULL),
  (SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL),
  (SELECT count(*) FROM events),
  (SELECT count(*) FROM mentions),
  (SELECT count(*) FROM errors),
  (SELECT count(*) FROM runs)
"""

TOP_DYADS_SQL = """
SELECT actor_country, recipient_country, count(*) AS events, sum(num_mentions) AS mentions
FROM events
WHERE actor_country IS NOT NULL AND recipient_country IS NOT NULL AND relevant
GROUP BY ALL
ORDER BY events DESC, mentions DESC, actor_country, recipient_country
LIMIT ?
"""

ERRORS_SUMMARY_SQL = """
SELECT reason, count(*) AS n,
       array_to_string(
           list(file || coalesce(':' || record, '') ORDER BY file, TRY_CAST(record AS BIGINT))[1:3],
           ', '
       ) || CASE WHEN count(*) > 3 THEN ', …' ELSE '' END AS example
FROM errors WHERE (? IS NULL OR run_id = ?)
GROUP BY reason ORDER BY n DESC, reason
"""

# Canonical articles still coded with another lexicon version (or all of them), for recode.
RECODE_IDS_SQL = """
SELECT id FROM articles
WHERE duplicate_of IS NULL AND (? OR lexicon_version IS DISTINCT FROM ?)
ORDER BY id
"""

STORED_ARTICLES_SQL = """
SELECT id, origin, text, title, byline, date, dateline_text, dateline_place, dateline_date,
       agency, url, source
FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[])) ORDER BY id
"""
