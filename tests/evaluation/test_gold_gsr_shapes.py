"""GSR records in every published shape are read; a record that cannot be scored is skipped."""

from __future__ import annotations

import json
from pathlib import Path

from detente.evaluation import GoldActor, read_gold, score_gsr
from detente.records import InputError
from gold_events import event, mention

GOOD = {"id": "G-1", "text": "Gondor met Arnor.", "event": "CONSULT"}


def _write(tmp_path: Path, records: list[object], raw: tuple[str, ...] = ()) -> Path:
    path = tmp_path / "odd.jsonl"
    lines = [json.dumps(r) for r in records] + list(raw)
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def test_a_plain_string_target_is_skipped_and_the_rest_is_read(tmp_path: Path) -> None:
    path = _write(tmp_path, [GOOD | {"target": "diplomatic"}, GOOD | {"id": "G-2"}])
    read = read_gold(path)
    assert [r.id for r in read.records] == ["G-2"]
    assert read.skipped == (
        InputError(
            origin=f"{path}:1",
            reason="target is a plain string ('diplomatic'), not a list of actors",
        ),
    )


def test_odd_but_meaningful_shapes_are_read(tmp_path: Path) -> None:
    records = [
        # one actor object instead of a list; a lower-case label
        GOOD | {"event": "agree", "source": {"actorText": "Gondor", "code": "gon"}},
        # several codes (any is right) and a list of sectors
        GOOD | {"source": [{"text": "the allies", "code": ["GON", "ARN"], "sector": ["GOVx"]}]},
        # empty target forms, a one-label list, no id
        {"text": "Rohan refused.", "event": ["REJECT"], "target": None, "source": []},
    ]
    read = read_gold(_write(tmp_path, records))
    assert read.skipped == ()
    first, second, third = read.records
    assert (first.event_type, first.source) == (
        "AGREE",
        (GoldActor(text="Gondor", country="GON", sector=None),),
    )
    assert [(a.country, a.sector) for a in second.source] == [("GON", "GOV"), ("ARN", "GOV")]
    assert (third.event_type, third.target, third.id) == (
        "REJECT",
        (),
        f"{tmp_path / 'odd.jsonl'}:3",
    )


def test_each_unscorable_record_names_its_line_and_reason(tmp_path: Path) -> None:
    records: list[object] = [
        ["not", "a", "record"],
        {"id": "X-1", "event": "CONSULT"},
        GOOD | {"source": ["GON"]},
        GOOD | {"source": [{"code": 7}]},
        GOOD | {"event": "MEET"},
        GOOD | {"id": "G-9"},
    ]
    path = _write(tmp_path, records, raw=("{not json",))
    read = read_gold(path)
    assert [r.id for r in read.records] == ["G-9"]
    reasons = {s.origin.rsplit(":", 1)[1]: s.reason for s in read.skipped}
    assert reasons["1"] == "a list, not a record object"
    assert reasons["2"] == "no sentence text"
    assert reasons["3"] == "source holds str 'GON', not an actor object"
    assert reasons["4"].startswith("source code is int 7")
    assert reasons["5"] == "unknown event label 'MEET'"
    assert reasons["7"].startswith("not JSON")


def test_a_json_array_of_records_is_read_record_by_record(tmp_path: Path) -> None:
    path = tmp_path / "gold.json"
    path.write_text(json.dumps([GOOD, GOOD | {"target": "economic"}]), "utf-8")
    read = read_gold(path)
    assert [r.id for r in read.records] == ["G-1"]
    assert [s.origin for s in read.skipped] == [f"{path}: record 2"]


def test_a_sentence_the_coder_could_not_code_is_skipped_not_scored(tmp_path: Path) -> None:
    read = read_gold(_write(tmp_path, [GOOD, GOOD | {"id": "G-2", "source": [{"code": "GON"}]}]))
    failed = InputError(origin="sentence 1", reason="coding failed (ValueError: x)")
    report = score_gsr(read.records, [failed, [event("CONSULT", [mention("GON")])]])
    assert [r.id for r in report.records] == ["G-2"]
    assert report.skipped == (InputError(origin="G-1", reason="coding failed (ValueError: x)"),)
    assert (report.scores["top1"].correct, report.scores["top1"].total) == (1, 1)


def test_a_byte_order_mark_does_not_cost_the_first_record(tmp_path: Path) -> None:
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(GOOD).encode() + b"\n")
    assert [r.id for r in read_gold(path).records] == ["G-1"]
