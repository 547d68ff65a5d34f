"""`detente evaluate` tells the three gold formats apart and has floors for each shared set."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from detente.errors import ConfigError, InputRejected
from detente.evaluation import (
    Cameo5Report,
    EvalReport,
    GoldFormat,
    SpanReport,
    check_floors,
    detect_format,
    evaluate_file,
    tables_for,
    write_report,
)
from detente.evaluation.scores import Coded
from detente.records import InputError

from support import FIXTURES

GSR = FIXTURES / "gold_mini.jsonl"


def _cameo5(tmp_path: Path) -> Path:
    path = tmp_path / "five.tsv"
    path.write_text("Gondor met Arnor.\t1\nMordor shelled Osgiliath.\t4\n")
    return path


def _spans(tmp_path: Path) -> Path:
    path = tmp_path / "spans.txt"
    path.write_text("Gondor B-S\nmet O\nArnor B-T\n. O\n\nRohan B-R\nfled O\n")
    return path


def test_formats_are_told_from_content_not_name(tmp_path: Path) -> None:
    assert detect_format(GSR) is GoldFormat.gsr
    renamed = tmp_path / "gold.txt"
    renamed.write_text(_cameo5(tmp_path).read_text())
    assert detect_format(renamed) is GoldFormat.cameo5
    assert detect_format(_spans(tmp_path)) is GoldFormat.spans


def test_an_unknown_format_asks_for_format(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("just some words\nand more words here\n")
    with pytest.raises(InputRejected, match="give --format"):
        detect_format(path)
    (tmp_path / "empty.txt").write_text("\n")
    with pytest.raises(InputRejected, match="empty gold file"):
        detect_format(tmp_path / "empty.txt")


def _no_events(texts: Sequence[str]) -> list[Coded]:
    return [[] for _ in texts]


def _failing_second(texts: Sequence[str]) -> list[Coded]:
    return [[] if i != 1 else InputError(origin="s", reason="boom") for i in range(len(texts))]


def test_each_format_is_read_coded_in_one_batch_and_scored(tmp_path: Path) -> None:
    batches: list[int] = []

    def code(texts: Sequence[str]) -> list[Coded]:
        batches.append(len(texts))
        return _no_events(texts)

    gsr = evaluate_file(GSR, None, code)
    cameo5 = evaluate_file(_cameo5(tmp_path), None, code)
    spans = evaluate_file(_spans(tmp_path), GoldFormat.spans, code)
    assert batches == [5, 2, 2]
    assert isinstance(gsr, EvalReport) and gsr.metric("top1") == 0.0
    assert isinstance(cameo5, Cameo5Report) and cameo5.no_event.value == 1.0
    assert isinstance(spans, SpanReport) and spans.metric("source_overlap") == 0.0
    for report in (gsr, cameo5, spans):
        assert tables_for(report)
        write_report(report, tmp_path / "r.json")


def test_a_sentence_that_fails_coding_is_skipped_and_listed(tmp_path: Path) -> None:
    report = evaluate_file(_cameo5(tmp_path), GoldFormat.cameo5, _failing_second)
    assert len(report.records) == 1
    assert report.skipped == (InputError(origin=f"{tmp_path / 'five.tsv'}:2", reason="boom"),)
    assert tables_for(report)[-1].title == "1 gold records skipped"


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("plover_gsr_dev.jsonl", GoldFormat.gsr),
        ("plover_gsr_dev_half_a", GoldFormat.gsr),
        ("plover_gsr_dev_half_b", GoldFormat.gsr),
        ("conflibert_cameo5_train.tsv", GoldFormat.cameo5),
        ("conflibert_cameo_ner_train.txt", GoldFormat.spans),
    ],
)
def test_shipped_floors_exist_for_every_shared_set_and_fail_an_empty_coder(
    tmp_path: Path, name: str, fmt: GoldFormat
) -> None:
    source = {GoldFormat.gsr: GSR, GoldFormat.cameo5: _cameo5(tmp_path)}
    report = evaluate_file(source.get(fmt) or _spans(tmp_path), fmt, _no_events)
    failures = check_floors(report, None, name)
    assert failures and all("below the floor" in f for f in failures)


def test_floors_of_one_format_cannot_name_another_formats_metric(tmp_path: Path) -> None:
    floors = tmp_path / "floors.toml"
    floors.write_text("[five]\ntop1 = 0.5\n")
    report = evaluate_file(_cameo5(tmp_path), GoldFormat.cameo5, _no_events)
    with pytest.raises(ConfigError, match="top1 is not a metric"):
        check_floors(report, floors, "five.tsv")
