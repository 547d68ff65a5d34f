"""Exports read back with pandas and DuckDB equal the stored events."""

from __future__ import annotations

import io
import json
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest
from tests.store.factories import story, unrelated
from tests.store.test_writer import BOILERPLATES, RUN

from detente.store import EventFilter, Store, open_store
from detente.store.export import ExportError, ExportFormat, export_events
from detente.store.gdelt import GDELT_NAMES
from detente.store.writer import StoreWriter

DOCS = Path(__file__).resolve().parents[2] / "docs" / "export.md"


@pytest.fixture
def store(tmp_path: Path) -> Store:
    path = tmp_path / "e.duckdb"
    with open_store(path, read_only=False) as opened:
        writer = StoreWriter(opened)
        writer.start_run(RUN)
        docs = [
            story("a", url="https://minas-tirith.example/a"),
            story("b", url="https://bree.example/b", boilerplate=BOILERPLATES[1]),
            unrelated("c"),
        ]
        writer.write_batch(docs, run_id=RUN.run_id)
    with open_store(path) as reading:
        yield reading


def exported(
    store: Store, fmt: ExportFormat, tmp_path: Path, where: EventFilter | None = None
) -> Path:
    out = tmp_path / f"events.{fmt.value}"
    export_events(store, fmt, out, where)
    return out


def test_gdelt_layout_has_61_named_columns_all_documented() -> None:
    assert len(GDELT_NAMES) == 61 and len(set(GDELT_NAMES)) == 61
    text = DOCS.read_text("utf-8")
    missing = [name for name in GDELT_NAMES if f"`{name}`" not in text]
    assert not missing, f"docs/export.md does not describe {missing}"


def test_gdelt_export_reads_back_as_the_stored_events(store: Store, tmp_path: Path) -> None:
    out = exported(store, ExportFormat.gdelt, tmp_path)
    stored = store.events()
    table = pd.read_csv(
        out, sep="\t", header=None, names=list(GDELT_NAMES), dtype=str, keep_default_na=False
    )
    assert len(table) == len(stored)
    ids = {int(e[:15], 16): e for e in stored.event_id}
    by_id = stored.set_index("event_id")
    for row in table.to_dict("records"):
        event = by_id.loc[ids[int(row["GLOBALEVENTID"])]]
        assert row["SQLDATE"] == event["date"].strftime("%Y%m%d")
        assert row["EventCode"] == event["cameo"] and row["EventRootCode"] == event["cameo"][:2]
        assert row["Actor1Code"] == "ARNGOV" and row["Actor1CountryCode"] == "ARN"
        assert row["Actor2Code"] == "GONGOV" and row["Actor2Type1Code"] == "GOV"
        assert int(row["NumSources"]) == event["num_sources"]
        assert int(row["NumMentions"]) == event["num_mentions"]
        assert row["AvgTone"] == "" and row["Actor1Geo_Type"] == ""
        assert row["SOURCEURL"] == event["source_url"]
    via_duckdb = duckdb.sql(
        f"SELECT count(*) FROM read_csv('{out}', delim='\t', header=false, columns="
        + "{"
        + ", ".join(f"'{n}': 'VARCHAR'" for n in GDELT_NAMES)
        + "})"
    ).fetchall()
    assert via_duckdb == [(len(stored),)]


def test_csv_export_reads_back_as_the_stored_events(store: Store, tmp_path: Path) -> None:
    out = exported(store, ExportFormat.csv, tmp_path)
    stored = store.events()
    table = pd.read_csv(out, dtype={"cameo": str})
    assert list(table.columns) == list(stored.columns)
    assert list(table.event_id) == list(stored.event_id)
    assert list(table.cameo) == list(stored.cameo)
    assert list(table.num_sources) == list(stored.num_sources)
    via_duckdb = duckdb.sql(
        f"SELECT event_id, num_mentions FROM read_csv('{out}') ORDER BY event_id"
    )
    assert via_duckdb.fetchall() == sorted(zip(stored.event_id, stored.num_mentions, strict=True))


def test_parquet_export_is_the_stored_events_table(store: Store, tmp_path: Path) -> None:
    out = exported(store, ExportFormat.parquet, tmp_path)
    assert pq.read_table(out).to_pylist() == store.events(arrow=True).to_pylist()
    table, stored = pd.read_parquet(out), store.events()
    assert list(table.columns) == list(stored.columns)
    for column in ("event_id", "cameo", "actor_code", "num_mentions", "num_sources", "confidence"):
        assert list(table[column]) == list(stored[column])
    assert duckdb.sql(f"SELECT count(*) FROM '{out}'").fetchall() == [(len(store.events()),)]


def test_plover_jsonl_holds_the_best_mention_with_the_event_counts(
    store: Store, tmp_path: Path
) -> None:
    out = exported(store, ExportFormat.plover_jsonl, tmp_path)
    stored = store.events().set_index("event_id")
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert sorted(r["event_id"] for r in records) == sorted(stored.index)
    for record in records:
        event = stored.loc[record["event_id"]]
        assert record["mention_id"] == event["mention_id"]
        assert record["cameo"] == event["cameo"] and record["num_sources"] == event["num_sources"]
        assert record["actor"][0]["country"] == "ARN"
    table = pd.read_json(out, lines=True, dtype={"cameo": str})
    assert set(table.event_id) == set(stored.index)


def test_filters_apply_to_exports(store: Store, tmp_path: Path) -> None:
    stream = io.BytesIO()
    count = export_events(
        store, ExportFormat.plover_jsonl, stream, EventFilter(event_type="ACCUSE")
    )
    assert count == 1 and json.loads(stream.getvalue())["cameo"] == "112"


def test_parquet_needs_a_file() -> None:
    with pytest.raises(ExportError, match="output file"):
        export_events(None, ExportFormat.parquet, io.BytesIO())  # type: ignore[arg-type]


def test_the_export_command_writes_the_chosen_format(store: Store, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from detente.cli import app

    out = tmp_path / "cli.tsv"
    result = CliRunner().invoke(
        app,
        [
            "export",
            "--db",
            str(store.path),
            "--format",
            "gdelt",
            "--output",
            str(out),
            "--type",
            "CONSULT",
        ],
    )
    assert result.exit_code == 0, result.output
    [line] = out.read_text("utf-8").splitlines()
    assert len(line.split("\t")) == 61
    bad = CliRunner().invoke(app, ["export", "--db", str(store.path), "--format", "xml"])
    assert bad.exit_code != 0
