"""Parquet shards: one coded batch as article, event, mention and error files with store types.

A worker writes the shards of each batch it codes; the one writer reads them back into records
and stores them as it stores any batch, so a shard dataset and the DuckDB store never differ in
what they hold. The shards stay behind as a dataset that DuckDB, pandas or Spark can read
(``read_parquet('DIR/events/*.parquet')``). Duplicate articles are found by the writer, so
``duplicate_of`` is empty in the shards and unique events carry no mention counts there.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from detente.clean.dedupe import fingerprint
from detente.records import (
    ActorMention,
    Article,
    CodedDocument,
    Dateline,
    Event,
    InputError,
    Place,
    Span,
)
from detente.store import rows
from detente.store.migrations import migrate

Results = list[CodedDocument | InputError]
TABLES = ("articles", "events", "mentions", "errors")
# Errors keep the reader's origin whole; the store splits it into file and record on writing.
ERROR_SCHEMA = pa.schema([("origin", pa.string()), ("reason", pa.string())])


@dataclass(frozen=True, slots=True, kw_only=True)
class Shard:
    """The files one batch was written to, in a folder every worker and the writer can read."""

    folder: str
    key: str  # content hash of the batch's article ids and error origins
    tables: tuple[str, ...]  # which of TABLES have a file (a batch without events has none)

    def path(self, table: str) -> Path:
        """Where this shard's file of one table is."""
        return Path(self.folder) / table / f"part-{self.key}.parquet"


def shard_schemas() -> dict[str, pa.Schema]:
    """Arrow schemas of the store's tables, read from the migrated schema of an empty database."""
    con = duckdb.connect()
    try:
        migrate(con)
        schemas = {t: con.sql(f"SELECT * FROM {t} LIMIT 0").to_arrow_table().schema for t in TABLES}
    finally:
        con.close()
    schemas["errors"] = ERROR_SCHEMA
    return schemas


def _batch_key(results: Sequence[CodedDocument | InputError]) -> str:
    ids = (r.article.doc_id if isinstance(r, CodedDocument) else f"!{r.origin}" for r in results)
    return hashlib.sha256("\x00".join(ids).encode("utf-8")).hexdigest()[:20]


def _table_rows(results: Sequence[CodedDocument | InputError]) -> dict[str, list[dict[str, Any]]]:
    tables: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    events: dict[str, dict[str, Any]] = {}
    for item in results:
        if isinstance(item, InputError):
            tables["errors"].append({"origin": item.origin, "reason": item.reason})
            continue
        version = item.events[0].lexicon_version if item.events else None
        tables["articles"].append(
            rows.article_row(
                item.article,
                fingerprint(item.article.text),
                duplicate_of=None,
                similarity=None,
                num_events=len(item.events),
                lexicon_version=version,
            )
        )
        for event in item.events:
            key = rows.unique_event_id(event)
            events.setdefault(key, rows.event_row(event, key))
            tables["mentions"].append(rows.mention_row(event, key))
    tables["events"] = list(events.values())
    return tables


def _write_table(records: list[dict[str, Any]], schema: pa.Schema, path: Path) -> None:
    names = [name for name in schema.names if name in records[0]]
    table = pa.Table.from_pylist(records, schema=pa.schema([schema.field(n) for n in names]))
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    pq.write_table(table, partial)
    os.replace(partial, path)  # readers never see half a file, and a rerun overwrites it whole


def write_shards(
    results: Sequence[CodedDocument | InputError],
    folder: str | Path,
    schemas: Mapping[str, pa.Schema],
) -> Shard:
    """Write one batch's results as Parquet files, one per table that has rows."""
    tables = _table_rows(results)
    shard = Shard(
        folder=str(folder), key=_batch_key(results), tables=tuple(t for t in TABLES if tables[t])
    )
    for table in shard.tables:
        _write_table(tables[table], schemas[table], shard.path(table))
    return shard


def _mention(data: Mapping[str, Any]) -> ActorMention:
    return ActorMention(
        text=data["text"],
        start=data["start"],
        end=data["end"],
        country=data["country"],
        sector=data["sector"],
        name=data["name"],
        org=data["org"],
        other_sectors=tuple(data["other_sectors"]),
        rule=data["rule"],
    )


def _place(data: Mapping[str, Any] | None) -> Place | None:
    return Place(**data) if data else None


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def event_from_record(data: Mapping[str, Any]) -> Event:
    """Rebuild an Event from its public JSON record (``serialize.event_to_dict``)."""
    return Event(
        doc_id=data["doc_id"],
        event_id=data["event_id"],
        sentence_index=data["sentence_index"],
        sentence=data["sentence"],
        sentence_start=data["sentence_start"],
        date=_date(data["date"]),
        event_type=data["event_type"],
        mode=data["mode"],
        context=tuple(data["context"]),
        cameo=data["cameo"],
        goldstein=data["goldstein"],
        quad_class=data["quad_class"],
        actor=tuple(_mention(m) for m in data["actor"]),
        recipient=tuple(_mention(m) for m in data["recipient"]),
        trigger=Span(**data["trigger"]),
        confidence=data["confidence"],
        lexicon_version=data["lexicon_version"],
        pattern_id=data["pattern_id"],
        modality=data["modality"],
        modality_cue=data.get("modality_cue"),
        date_rule=data["date_rule"],
        date_precision=data["date_precision"],
        location=_place(data["location"]),
        relevant=data.get("relevant", True),
        relevance=data.get("relevance"),
    )


def article_from_row(row: Mapping[str, Any]) -> Article:
    """Rebuild an Article from its row in the articles table (or shard)."""
    dateline = None
    if row["dateline_text"]:
        dateline = Dateline(
            text=row["dateline_text"],
            place=row["dateline_place"],
            date=row["dateline_date"],
            agency=row["agency"],
        )
    return Article(
        doc_id=row["id"],
        origin=row["origin"],
        text=row["text"],
        title=row["title"],
        byline=row["byline"],
        date=row["date"],
        dateline=dateline,
        url=row["url"],
        source=row["source"],
        agency=row["agency"],
    )


def read_shard(shard: Shard) -> Results:
    """The batch a shard holds, as the records the worker coded: articles in order, then errors."""

    def table(name: str) -> list[dict[str, Any]]:
        return pq.read_table(shard.path(name)).to_pylist() if name in shard.tables else []

    events = iter([event_from_record(json.loads(m["record"])) for m in table("mentions")])
    # Mentions are written article by article, num_events of them each.
    results: Results = [
        CodedDocument(
            article=article_from_row(row),
            events=tuple(next(events) for _ in range(row["num_events"])),
        )
        for row in table("articles")
    ]
    results.extend(InputError(**row) for row in table("errors"))
    return results
