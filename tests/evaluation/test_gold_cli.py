"""`detente evaluate` on each format: tables, skipped records, JSON report, floors and errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from detente.cli import app

from support import FIXTURES


def test_a_file_of_no_known_format_is_an_error_before_the_model_loads(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("just some words\nand more words\n")
    result = CliRunner().invoke(app, ["evaluate", str(path)])
    assert result.exit_code == 2
    assert "give --format" in result.output


@pytest.mark.model
def test_gsr_file_with_an_odd_record_is_scored_and_the_record_listed(tmp_path: Path) -> None:
    gold = tmp_path / "mini.jsonl"
    odd = '{"id": "ODD-1", "text": "Gondor met Arnor.", "event": "CONSULT", "target": "diplomatic"}'
    gold.write_text((FIXTURES / "gold_mini.jsonl").read_text("utf-8") + odd + "\n")
    report = tmp_path / "report.json"
    result = CliRunner().invoke(app, ["evaluate", str(gold), "--report", str(report)])
    assert result.exit_code == 0, result.output
    assert "half A" in result.output and "1 gold records skipped" in result.output
    data = json.loads(report.read_text("utf-8"))
    assert data["format"] == "gsr" and data["n_records"] == 5
    assert data["skipped"][0]["origin"] == f"{gold}:6"
    # No floors are stored for this file: asking for them is a clear error.
    checked = CliRunner().invoke(app, ["evaluate", str(gold), "--check-floors"])
    assert checked.exit_code == 2 and "no table of floors named 'mini'" in checked.output


@pytest.mark.model
def test_cameo5_given_by_format_prints_classes_and_confusion(tmp_path: Path) -> None:
    gold = tmp_path / "five.txt"
    gold.write_text("Gondor met Arnor.\t1\nThe weather was fine.\t0\n")
    result = CliRunner().invoke(app, ["evaluate", str(gold), "--format", "cameo5"])
    assert result.exit_code == 0, result.output
    assert "no_event (class 1-4)" in result.output and "confusion" in result.output
