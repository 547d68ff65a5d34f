"""Halves and samples of gold sets are fixed by a hash of the record key, not by order or run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from detente.evaluation import (
    METRICS,
    GoldRecord,
    check_all_floors,
    render_halves_table,
    score_gsr,
)
from detente.evaluation.split import half_of, in_sample
from gold_events import event, mention

KEYS = [f"PLOVER-GSR01-X-{i:04d}" for i in range(1000)]


def test_halves_split_keys_about_evenly_and_the_same_in_a_new_interpreter() -> None:
    halves = [half_of(k) for k in KEYS]
    assert set(halves) == {"A", "B"}
    assert 400 < halves.count("A") < 600
    # Python's own hash() changes between runs; ours must not.
    code = "from detente.evaluation.split import half_of; print(half_of('PLOVER-GSR01-X-0007'))"
    other = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert other.stdout.strip() == half_of("PLOVER-GSR01-X-0007")


def test_a_sample_takes_about_one_in_n_and_is_not_a_half() -> None:
    sample = [k for k in KEYS if in_sample(k, 4)]
    assert 180 < len(sample) < 320
    assert {half_of(k) for k in sample} == {"A", "B"}
    assert in_sample("anything", 1)
    with pytest.raises(ValueError, match="at least 1"):
        in_sample("anything", 0)


def _record(key: str) -> GoldRecord:
    return GoldRecord(id=key, text=key, event_type="CONSULT", mode=None, source=(), target=())


def test_half_reports_score_only_their_records_and_show_side_by_side() -> None:
    gold = [_record(k) for k in KEYS[:40]]
    # The coder is right exactly on the records of half A.
    coded = [
        [event("CONSULT" if half_of(r.id) == "A" else "ACCUSE", [mention("GON")])] for r in gold
    ]
    report = score_gsr(gold, coded)
    halves = report.halves()
    in_a = sum(half_of(r.id) == "A" for r in gold)
    assert len(halves["A"].records) == in_a and len(halves["B"].records) == 40 - in_a
    assert (halves["A"].metric("top1"), halves["B"].metric("top1")) == (1.0, 0.0)
    assert report.metric("top1") == in_a / 40
    table = render_halves_table(report)
    assert table.row_count == len(METRICS)
    assert [c.header for c in table.columns] == ["metric", "all", "half A", "half B", "B − A"]
    assert report.to_dict()["halves"]["B"]["top1"]["value"] == 0.0


def test_floors_of_a_half_fail_even_when_the_whole_set_holds(tmp_path: Path) -> None:
    gold = [_record(k) for k in KEYS[:40]]
    coded = [[event("CONSULT" if half_of(r.id) == "A" else "ACCUSE")] for r in gold]
    report = score_gsr(gold, coded)
    floors = tmp_path / "floors.toml"
    floors.write_text("[mini]\ntop1 = 0.3\n[mini_half_a]\ntop1 = 0.9\n[mini_half_b]\ntop1 = 0.1\n")
    assert check_all_floors(report, floors, "mini.jsonl") == [
        "half B top1: 0.0000 is below the floor 0.1000"
    ]
    floors.write_text("[mini]\ntop1 = 0.3\n")  # no half tables: only the whole set is checked
    assert check_all_floors(report, floors, "mini.jsonl") == []
