"""The evaluator scores a coder on PLOVER GSR gold records with exact, documented metrics."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest
from rich.table import Table

from detente.errors import ConfigError, InputRejected
from detente.evaluation import (
    METRICS,
    NO_EVENT,
    EvalReport,
    GoldActor,
    GoldRecord,
    check_floors,
    evaluate,
    read_gold,
    render_table,
    render_type_table,
    write_report,
)
from detente.records import ActorMention, Event, Span

ROOT = Path(__file__).resolve().parents[1]
MINI = ROOT / "tests" / "fixtures" / "gold_mini.jsonl"
SHARED_DEV = ROOT.parent / "shared" / "eval" / "plover_gsr_dev.jsonl"


def _actor(country: str, sector: str | None = None) -> ActorMention:
    return ActorMention(text=country, start=0, end=len(country), country=country, sector=sector)


def _event(
    event_type: str, actors: Sequence[ActorMention], recipients: Sequence[ActorMention] = ()
) -> Event:
    return Event(
        doc_id="d",
        event_id=f"d:{event_type}",
        sentence_index=0,
        sentence="",
        sentence_start=0,
        date=None,
        event_type=event_type,
        mode=None,
        context=(),
        cameo="010",
        goldstein=0.0,
        quad_class=1,
        actor=tuple(actors),
        recipient=tuple(recipients),
        trigger=Span(text="", start=0, end=0),
        confidence=1.0,
        lexicon_version="test",
        pattern_id="test",
    )


# What a fake coder "finds" in each fixture sentence, keyed by record id.
PREDICTIONS: dict[str, list[Event]] = {
    # Right on everything.
    "MINI-CONSULT-1": [_event("CONSULT", [_actor("ARN", "GOV")], [_actor("GON")])],
    # First event has the wrong type; the REQUEST event has the wrong recipient.
    "MINI-DEMAND-1": [
        _event("ACCUSE", [_actor("ROH")], [_actor("GON")]),
        _event("REQUEST", [_actor("ROH")], [_actor("MOR")]),
    ],
    # Right; gold has no target, so the recipient is not scored.
    "MINI-AGREE-1": [_event("AGREE", [_actor("GON", "GOV"), _actor("ARN", "GOV")])],
    # Nothing found.
    "MINI-FIGHT-1": [],
    # Right; gold sector '***' means no sector to score.
    "MINI-INVESTIGATE-1": [_event("ACCUSE", [_actor("ARN", "GOV")], [_actor("ROH", "COP")])],
}


@pytest.fixture(scope="module")
def gold() -> tuple[GoldRecord, ...]:
    read = read_gold(MINI)
    assert read.skipped == ()
    return read.records


@pytest.fixture(scope="module")
def report(gold: tuple[GoldRecord, ...]) -> EvalReport:
    by_text = {record.text: PREDICTIONS[record.id] for record in gold}
    return evaluate(gold, lambda text: by_text[text])


def test_old_labels_are_mapped_to_plover_0_8(gold: tuple[GoldRecord, ...]) -> None:
    assert [(r.event_type, r.mode) for r in gold] == [
        ("CONSULT", None),
        ("REQUEST", None),
        ("AGREE", None),
        ("ASSAULT", "heavy-weapons"),
        ("ACCUSE", "investigate"),
    ]


def test_gold_actors_are_normalised(gold: tuple[GoldRecord, ...]) -> None:
    assert gold[0].source == (
        GoldActor(text="Arnor's foreign minister", country="ARN", sector="GOV"),
    )
    assert gold[2].target == ()  # "" means no recipient
    assert gold[3].source[0].sector == "MIL"  # first three letters only
    assert gold[4].source[0].sector is None  # '***' is no sector
    assert gold[4].target[0].sector == "COP"


def test_top1_and_any_event_type_scores(report: EvalReport) -> None:
    assert report.metric("top1") == 3 / 5
    assert report.metric("any_type_recall") == 4 / 5


def test_actor_and_recipient_scores_use_the_matched_event(report: EvalReport) -> None:
    assert (report.scores["actor_country"].correct, report.scores["actor_country"].total) == (4, 5)
    assert report.metric("actor_sector") == 1 / 2  # only records 1 and 4 have a gold sector
    assert report.metric("recipient_country") == 2 / 4  # record 3 has no gold target
    assert report.metric("full") == 3 / 5


def test_first_event_scores_ignore_later_events(report: EvalReport) -> None:
    assert report.metric("first_actor_country") == 4 / 5
    assert report.metric("first_actor_sector") == 1 / 2
    assert report.metric("first_recipient_country") == 3 / 4  # the ACCUSE event had GON


def test_per_type_precision_recall_f1(report: EvalReport) -> None:
    accuse = report.per_type["ACCUSE"]
    assert (accuse.precision, accuse.recall, accuse.support, accuse.predicted) == (0.5, 1.0, 1, 2)
    assert accuse.f1 == pytest.approx(2 / 3)
    assert report.per_type["REQUEST"].recall == 0.0
    assert report.per_type["CONSULT"].f1 == 1.0
    assert NO_EVENT not in report.per_type


def test_confusion_counts_gold_against_first_prediction(report: EvalReport) -> None:
    assert report.confusion["REQUEST"] == {"ACCUSE": 1}
    assert report.confusion["ASSAULT"] == {NO_EVENT: 1}
    assert report.confusion["AGREE"] == {"AGREE": 1}


def test_record_results_explain_each_miss(report: EvalReport) -> None:
    demand = report.records[1]
    assert (demand.predicted_type, demand.matched_type) == ("ACCUSE", "REQUEST")
    assert (demand.type_ok, demand.any_type_ok, demand.recipient_ok) == (False, True, False)
    assert demand.predicted_recipients == ("MOR",)
    assert demand.first_recipient_ok is True
    agree = report.records[2]
    assert (agree.recipient_ok, agree.full_ok) == (None, True)


def test_report_round_trips_through_json(report: EvalReport, tmp_path: Path) -> None:
    path = tmp_path / "report.json"
    write_report(report, path)
    data = json.loads(path.read_text("utf-8"))
    assert list(data["scores"]) == list(METRICS)
    assert data["scores"]["top1"] == {"value": 0.6, "correct": 3, "total": 5}
    assert data["records"][3]["predicted_type"] == NO_EVENT
    assert data["confusion"]["ASSAULT"] == {NO_EVENT: 1}


def test_tables_have_a_row_per_metric_and_type(report: EvalReport) -> None:
    assert isinstance(render_table(report), Table)
    assert render_table(report).row_count == len(METRICS)
    assert render_type_table(report).row_count == len(report.per_type)


def test_shipped_floors_cover_every_metric_and_raised_floors_fail(
    report: EvalReport, tmp_path: Path
) -> None:
    shipped = check_floors(report, None, "plover_gsr_dev")  # the mini report (top1 0.6) is below
    names = [f.split(":")[0] for f in shipped]
    assert "top1" in names and set(names) <= set(METRICS)
    floors = tmp_path / "floors.toml"
    floors.write_text("[gold_mini]\ntop1 = 0.7\nany_type_recall = 0.8\nfull = 0.5\n", "utf-8")
    failures = check_floors(report, floors, "gold_mini.jsonl")
    assert [f.split(":")[0] for f in failures] == ["top1"]


def test_floors_for_unknown_gold_or_metric_are_config_errors(
    report: EvalReport, tmp_path: Path
) -> None:
    floors = tmp_path / "floors.toml"
    floors.write_text("[gold_mini]\nprecision = 0.1\n", "utf-8")
    with pytest.raises(ConfigError, match="precision"):
        check_floors(report, floors, "gold_mini")
    with pytest.raises(ConfigError, match="no_such_gold"):
        check_floors(report, floors, "no_such_gold")


def test_unknown_gold_label_is_skipped_with_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(MINI.read_text("utf-8") + '{"id": "x", "text": "t", "event": "MEET"}\n')
    read = read_gold(path)
    assert len(read.records) == 5
    assert [(s.origin, s.reason) for s in read.skipped] == [
        (f"{path}:6", "unknown event label 'MEET'")
    ]


def test_unreadable_gold_file_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(InputRejected, match="cannot read gold file"):
        read_gold(tmp_path / "missing.jsonl")


@pytest.mark.shared
def test_shared_dev_set_reads_with_plover_0_8_labels() -> None:
    if not SHARED_DEV.exists():
        pytest.skip(f"../shared/eval missing: {SHARED_DEV}")
    read = read_gold(SHARED_DEV)
    gold = read.records
    assert len(gold) == 164 and read.skipped == ()
    assert {r.event_type for r in gold} <= {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    }  # fmt: skip
    assert sum(r.mode == "investigate" for r in gold) == 5
