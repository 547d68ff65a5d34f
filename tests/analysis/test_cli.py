"""`detente dyad` and `detente actor` print tables, CSV or JSON and write plots."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from typer.testing import CliRunner

from detente.cli import app

from event_rows import conflict, coop, write_rows

D = dt.date


def _db(tmp_path: Path) -> str:
    rows = [coop(D(2021, m, d)) for m in (1, 2, 3) for d in (3, 13)]
    rows += [conflict(D(2021, m, d)) for m in (4, 5, 6) for d in (4, 14)]
    return str(write_rows(tmp_path / "cli.duckdb", rows))


def test_dyad_json_has_the_series_and_its_change(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["dyad", "ARN", "GON", "--db", _db(tmp_path), "-f", "json"])
    assert result.exit_code == 0, result.output
    body = json.loads(result.stdout)
    assert [p["cooperation"] for p in body["periods"]] == [2, 2, 2, 0, 0, 0]
    assert [c["direction"] for c in body["changes"]] == ["cooling"]


def test_dyad_csv_has_one_row_per_period(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["dyad", "arn", "gon", "--db", _db(tmp_path), "--by", "year", "-f", "csv"]
    )
    assert result.exit_code == 0, result.output
    header, row = result.stdout.strip().splitlines()
    assert header.startswith("period,events,verbal_cooperation,material_cooperation")
    assert row.startswith("2021-01-01,12,6,0,6,0,")


def test_dyad_table_and_plot(tmp_path: Path) -> None:
    plot = tmp_path / "arn-gon.png"
    result = CliRunner().invoke(
        app, ["dyad", "ARN", "GON", "--db", _db(tmp_path), "--plot", str(plot)]
    )
    assert result.exit_code == 0, result.output
    assert "ARN → GON: events per month" in result.stdout and "cooling" in result.stdout
    assert plot.read_bytes()[:4] == b"\x89PNG"


def test_bad_options_are_refused(tmp_path: Path) -> None:
    db = _db(tmp_path)
    runner = CliRunner()
    fortnight = runner.invoke(app, ["dyad", "ARN", "GON", "--db", db, "--by", "fortnight"])
    assert fortnight.exit_code == 2
    assert runner.invoke(app, ["dyad", "ARN", "GON", "--db", db, "-f", "xml"]).exit_code == 2
    missing = CliRunner().invoke(app, ["dyad", "ARN", "GON", "--db", str(tmp_path / "none.duckdb")])
    assert missing.exit_code == 2


def test_actor_summary_in_json(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["actor", "GON", "--db", _db(tmp_path), "-f", "json"])
    assert result.exit_code == 0, result.output
    body = json.loads(result.stdout)
    assert body["partners"][0]["country"] == "ARN" and body["events"] == 12


def test_serve_refuses_a_public_bind_without_a_token(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["serve", "--db", _db(tmp_path), "--host", "0.0.0.0"])
    assert result.exit_code == 2
    assert "--token" in result.output
