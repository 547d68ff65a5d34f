"""The quality gate: the coder's scores on every shared gold set never fall below their floors.

It scores the whole of each set, as `detente evaluate FILE --check-floors` does: sentences go
through spaCy in batches (nlp.pipe), so the three sets (164 + 1,349 + 1,153 sentences) take
25 s on two cores at load 2 and 60 s at load 10 (measured 2026-12-05): no sample is needed.
The figures are printed (shown even without -s) so a CI log holds them; the GSR dev set is
shown with its two stable halves side by side, and each half has floors of its own: a change
that helps one half and hurts the other fails here. Floors live in src/detente/quality_floors.toml.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.console import Console

from detente.config import load_settings
from detente.evaluation import (
    BatchCoder,
    GoldFormat,
    batch_coder,
    check_all_floors,
    evaluate_file,
    tables_for,
)
from detente.pipeline import load_pipeline

from support import shared_path

pytestmark = [pytest.mark.model, pytest.mark.shared]


@pytest.fixture(scope="module")
def coder() -> BatchCoder:
    return batch_coder(load_pipeline(load_settings()))


def _gate(
    name: str, fmt: GoldFormat, coder: BatchCoder, capsys: pytest.CaptureFixture[str]
) -> None:
    """Score one shared gold set, print its tables and assert its floors."""
    path: Path = shared_path("eval", name)
    report = evaluate_file(path, fmt, coder)
    tables = tables_for(report)
    with capsys.disabled():
        console = Console(width=110)
        console.print(f"\n[bold]quality gate: {name}[/bold]")
        for table in tables[:2]:  # the scores, and the halves (GSR) or the per-class table
            console.print(table)
    assert report.skipped == ()
    assert check_all_floors(report, None, name) == []


def test_gsr_dev_set_and_both_its_halves_stay_above_their_floors(
    coder: BatchCoder, capsys: pytest.CaptureFixture[str]
) -> None:
    _gate("plover_gsr_dev.jsonl", GoldFormat.gsr, coder, capsys)


def test_cameo5_classes_stay_above_their_floors(
    coder: BatchCoder, capsys: pytest.CaptureFixture[str]
) -> None:
    _gate("conflibert_cameo5_train.tsv", GoldFormat.cameo5, coder, capsys)


def test_source_target_span_overlap_stays_above_its_floors(
    coder: BatchCoder, capsys: pytest.CaptureFixture[str]
) -> None:
    _gate("conflibert_cameo_ner_train.txt", GoldFormat.spans, coder, capsys)
