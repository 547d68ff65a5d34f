"""Irrelevant events are stored with their reason and left out of reads unless asked for."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from tests.store.factories import MEETING, event_in, story

from detente.analysis.actors import ActorQuery, actor_summary
from detente.analysis.dyads import DyadQuery, dyad_series
from detente.formats import ExportFormat
from detente.store import EventFilter, Store, open_store
from detente.store.export import export_events
from detente.store.writer import RunInfo, StoreWriter

RUN = RunInfo(
    run_id="run-1", kind="ingest", inputs=("x",), model="m", model_version=None,
    lexicon_version="test-1", settings_hash="h", settings={}, workers=1,
)  # fmt: skip


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with open_store(tmp_path / "t.duckdb", read_only=False) as opened:
        StoreWriter(opened).start_run(RUN)
        yield opened


def _irrelevant(doc, doc_id: str, url: str):
    """Another story reporting the meeting a year later, marked as no political news."""
    day = dt.date(2019, 3, 1)
    article = dataclasses.replace(doc.article, doc_id=doc_id, url=url, date=day,
                                  text=f"{MEETING} Then both went to watch the horse races.")
    event = event_in(article, MEETING, trigger="met", actor="The king of Arnor",
                     recipient="the steward of Gondor")
    event = dataclasses.replace(event, date=day, relevant=False, relevance="sentence:sports")
    return dataclasses.replace(doc, article=article, events=(event,))  # fmt: skip


def test_irrelevant_events_are_kept_with_their_reason_and_left_out_by_default(
    store: Store,
) -> None:
    doc = story("a", url="https://a.example/1")
    StoreWriter(store).write_batch([doc, _irrelevant(doc, "b", "https://b.example/2")],
                                   run_id=RUN.run_id)  # fmt: skip
    every = store.events(include_irrelevant=True, arrow=True).to_pylist()
    assert sorted((r["relevant"], r["relevance"]) for r in every) == [
        (False, "sentence:sports"), (True, None),
    ]  # fmt: skip
    assert [r["relevant"] for r in store.events().to_dict("records")] == [True]
    [mention] = store.mentions(article_id="b").to_dict("records")
    assert (mention["relevant"], mention["relevance"]) == (False, "sentence:sports")
    actor, recipient = every[0]["actor_code"], every[0]["recipient_code"]
    shown = dyad_series(store, DyadQuery(actor=actor, recipient=recipient, by="year"))
    allowed = dyad_series(store, DyadQuery(actor=actor, recipient=recipient, by="year",
                                           include_irrelevant=True))  # fmt: skip
    assert sum(sum(p.quad) for p in shown.periods) == 1
    assert sum(sum(p.quad) for p in allowed.periods) == 2
    assert actor_summary(store, ActorQuery(code=actor)).events == 1
    assert actor_summary(store, ActorQuery(code=actor, include_irrelevant=True)).events == 2


def test_an_event_is_relevant_when_any_of_its_mentions_is(store: Store) -> None:
    doc = story("a", url="https://a.example/1")
    other = dataclasses.replace(doc.article, doc_id="b", url="https://b.example/2",
                                text=f"{MEETING} The rest of this report is about the harvest.")
    event = event_in(other, MEETING, trigger="met", actor="The king of Arnor",
                     recipient="the steward of Gondor")  # fmt: skip
    event = dataclasses.replace(event, relevant=False, relevance="article:business")
    StoreWriter(store).write_batch([doc, dataclasses.replace(doc, article=other,
                                   events=(event,))], run_id=RUN.run_id)  # fmt: skip
    [row] = store.events(arrow=True).to_pylist()
    assert (row["num_mentions"], row["relevant"], row["relevance"]) == (2, True, None)


def test_export_leaves_irrelevant_events_out_unless_asked(store: Store, tmp_path: Path) -> None:
    doc = story("a", url="https://a.example/1")
    StoreWriter(store).write_batch([doc, _irrelevant(doc, "b", "https://b.example/2")],
                                   run_id=RUN.run_id)  # fmt: skip
    out = tmp_path / "e.csv"
    assert export_events(store, ExportFormat.csv, out) == 1
    everything = EventFilter(include_irrelevant=True)
    assert export_events(store, ExportFormat.csv, out, everything) == 2
