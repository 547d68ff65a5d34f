"""Export stored events: PLOVER JSON lines, the GDELT 2.0 event table, CSV or Parquet."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any, BinaryIO

import pyarrow as pa
import pyarrow.csv as pacsv

from detente.errors import DetenteError
from detente.formats import ExportFormat
from detente.store.database import Store
from detente.store.gdelt import gdelt_select
from detente.store.queries import EVENT_COLUMNS, EventFilter, events_sql
from detente.store.rows import LOCATION_FIELDS

log = logging.getLogger(__name__)

# Rows fetched from DuckDB at a time: bounded memory whatever the size of the store.
CHUNK_ROWS = 10_000
_LIST_COLUMNS = ("actor_other_sectors", "recipient_other_sectors", "context")



class ExportError(DetenteError):
    """An export cannot be written as asked."""


def _csv_select(sql: str) -> str:
    # CSV has no lists: a list column becomes its items joined by ';'.
    columns = [
        f"array_to_string({c}, ';') AS {c}" if c in _LIST_COLUMNS else c for c in EVENT_COLUMNS
    ]
    return f"SELECT {', '.join(columns)} FROM ({sql})"


def _plover_select(sql: str) -> str:
    return f"SELECT e.*, m.record FROM ({sql}) e JOIN mentions m USING (mention_id)"


def _write_delimited(reader: pa.RecordBatchReader, out: BinaryIO, *, gdelt: bool) -> int:
    options = pacsv.WriteOptions(
        include_header=not gdelt,
        delimiter="\t" if gdelt else ",",
        quoting_style="none" if gdelt else "needed",
    )
    count = 0
    with pacsv.CSVWriter(out, reader.schema, write_options=options) as writer:
        for batch in reader:
            writer.write_batch(batch)
            count += batch.num_rows
    return count


def plover_record(row: dict[str, Any]) -> dict[str, Any]:
    """One unique event as PLOVER JSON: its best mention's record plus the event's counts."""
    record = json.loads(row["record"])
    record["mention_id"] = record.get("event_id")
    record["event_id"] = row["event_id"]
    for key in ("num_mentions", "num_sources", "num_articles", "source_url"):
        record[key] = row[key]
    has_place = row["location_name"] is not None or row["location_country"] is not None
    record["location"] = (
        {f: row[f"location_{f}"] for f in LOCATION_FIELDS} if has_place else record.get("location")
    )
    return record


def _write_plover(reader: pa.RecordBatchReader, out: BinaryIO) -> int:
    count = 0
    for batch in reader:
        for row in batch.to_pylist():
            line = json.dumps(plover_record(row), ensure_ascii=False, default=str)
            out.write(line.encode("utf-8") + b"\n")
            count += 1
    return count


def export_events(
    store: Store,
    fmt: ExportFormat,
    out: Path | BinaryIO,
    where: EventFilter | None = None,
) -> int:
    """Write the unique events matching a filter; returns how many were written."""
    sql, params = events_sql(where or EventFilter())
    if fmt is ExportFormat.parquet:
        if not isinstance(out, Path):
            raise ExportError("Parquet is a binary file format: give an output file (--output)")
        store.con.sql(sql, params=params).to_parquet(str(out))
        return int(store.rows("SELECT count(*) FROM read_parquet(?)", [str(out)])[0][0])
    select = {
        ExportFormat.plover_jsonl: _plover_select,
        ExportFormat.gdelt: gdelt_select,
        ExportFormat.csv: _csv_select,
    }[fmt](sql)
    reader = store.con.sql(select, params=params).to_arrow_reader(CHUNK_ROWS)
    try:
        if isinstance(out, Path):
            with out.open("wb") as stream:
                return _write(reader, stream, fmt)
        return _write(reader, out, fmt)
    finally:
        reader.close()


def _write(reader: pa.RecordBatchReader, out: BinaryIO, fmt: ExportFormat) -> int:
    if fmt is ExportFormat.plover_jsonl:
        return _write_plover(reader, out)
    return _write_delimited(reader, out, gdelt=fmt is ExportFormat.gdelt)
