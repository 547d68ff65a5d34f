"""The whole flow with the real spaCy model: raw scraped article in, coded events out."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from detente.cli import app
from detente.config import load_settings
from detente.ingest import iter_documents
from detente.pipeline import Pipeline, iter_articles, iter_coded, load_pipeline
from detente.records import CodedDocument, Event, InputError

from support import shared_path

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return load_pipeline(load_settings())


def involves(event: Event, a: str, b: str) -> bool:
    """The event's actor and recipient sides hold countries a and b, in either direction."""
    actors = {m.country for m in event.actor}
    recipients = {m.country for m in event.recipient}
    return (a in actors and b in recipients) or (b in actors and a in recipients)


def assert_offsets_slice(text: str, event: Event) -> None:
    assert text[event.trigger.start : event.trigger.end] == event.trigger.text
    for mention in (*event.actor, *event.recipient):
        assert text[mention.start : mention.end] == mention.text


def test_upi_sample_is_cleaned_and_coded(pipeline: Pipeline) -> None:
    path = shared_path("samples", "upi_2017-02-08_scraped.txt")
    [coded] = [i for i in iter_coded(pipeline, [path]) if isinstance(i, CodedDocument)]
    article = coded.article
    for junk in ("Advertisement", "License Photo", "Latest Headlines"):
        assert junk not in article.text
    assert article.text.count("A huge statue of former Chinese helmsman") <= 1
    assert article.byline == "Elizabeth Shim" and article.agency == "UPI"
    assert article.date is not None and article.date.isoformat() == "2017-02-08"
    events = coded.events
    consult = [e for e in events if e.event_type == "CONSULT" and involves(e, "PRK", "CHN")]
    agree = [e for e in events if e.event_type == "AGREE" and involves(e, "PRK", "CHN")]
    verbal_conflict = [
        e
        for e in events
        if e.event_type in ("ACCUSE", "THREATEN")
        and "USA" in {m.country for m in e.actor}
        and "PRK" in {m.country for m in e.recipient}
    ]
    assert consult and agree and verbal_conflict
    for event in events:
        assert_offsets_slice(article.text, event)
        assert event.doc_id == article.doc_id and event.lexicon_version


def test_bundled_sample_codes_china_north_korea_talks(pipeline: Pipeline) -> None:
    from detente.demo import sample_dir

    with sample_dir() as folder:
        items = list(iter_coded(pipeline, [folder / "wire_2017-03-14_china_dprk_talks.txt"]))
    [coded] = items
    assert isinstance(coded, CodedDocument)
    assert any(e.event_type == "CONSULT" and involves(e, "CHN", "PRK") for e in coded.events)
    for event in coded.events:
        assert_offsets_slice(coded.article.text, event)


def test_code_command_prints_jsonl_records_and_fails_on_bad_input(tmp_path: Path) -> None:
    good = tmp_path / "good.jsonl"
    good.write_text(
        json.dumps({"id": "a1", "date": "2021-04-02", "text": "China condemned Japan's decision."})
        + "\n{broken\n",
        encoding="utf-8",
    )
    (tmp_path / "empty.txt").write_bytes(b"")
    result = CliRunner().invoke(app, ["code", str(tmp_path)])
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    [record] = records
    assert record["doc_id"] == "a1" and record["date"] == "2021-04-02"
    assert record["event_type"] == "ACCUSE" and record["actor"][0]["country"] == "CHN"
    assert record["recipient"][0]["country"] == "JPN"
    for key in (
        "event_id",
        "sentence_index",
        "sentence",
        "mode",
        "context",
        "cameo",
        "goldstein",
        "quad_class",
        "trigger",
        "confidence",
        "lexicon_version",
    ):
        assert key in record
    assert "good.jsonl:2" in result.stderr and "malformed JSON" in result.stderr
    assert "empty.txt: empty input" in result.stderr


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=4096), suffix=st.sampled_from([".txt", ".html", ".jsonl"]))
def test_reading_and_cleaning_never_raise_on_arbitrary_bytes(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        items = list(iter_articles(iter_documents([path], max_chars=200_000)))
    for item in items:
        assert isinstance(item, InputError) or item.text.strip()


def test_violence_by_an_unnamed_perpetrator_is_coded_uaf_where_it_happened(
    pipeline: Pipeline,
) -> None:
    from detente.pipeline import code_text

    [event] = code_text(pipeline, "A roadside bomb killed two soldiers in Baghdad on Sunday.")
    [actor] = event.actor
    assert (actor.country, actor.sector, actor.rule) == ("IRQ", "UAF", "unattributed")
    assert actor.text == "A roadside bomb" and event.event_type == "ASSAULT"


def test_victims_known_only_by_sector_take_the_country_of_the_place(pipeline: Pipeline) -> None:
    from detente.pipeline import code_text

    events = code_text(pipeline, "Two Syrian gunmen killed 23 people in Amman on Sunday.")
    [recipient] = events[0].recipient
    assert (recipient.country, recipient.sector) == ("JOR", "CVL")
