"""The party keys the writer keeps: after every batch, recode and re-sort, they answer as the
events table does."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from pathlib import Path

import pytest

from detente.analysis.actors import ActorQuery, actor_summary
from detente.analysis.changes import dyad_analysis
from detente.analysis.dyads import DyadQuery
from detente.analysis.evidence import EventQuery, page_events
from detente.analysis.keys import key_index, without_keys
from detente.coding.events import event_id
from detente.records import ActorMention, Article, CodedDocument, Event, Span
from detente.store import Store, open_store, sides
from detente.store.writer import RunInfo, StoreWriter

RUN = RunInfo(
    run_id="keys", kind="ingest", inputs=("made-up",), model="none", model_version=None,
    lexicon_version="test-1", settings_hash="h", settings={}, workers=1,
)
PARTIES = (("ARN", "GOV"), ("ARN", "MIL"), ("GON", "GOV"), ("ROH", None), ("UN", None))
# Few dates, types and parties: the same unique event is reported again in later batches.
KINDS = (("met", "CONSULT", "040", 1.0, 1), ("accused", "ACCUSE", "112", -2.0, 3),
         ("attacked", "ASSAULT", "190", -9.5, 4))
SENTENCE = "Someone did something to someone."


def _party(rng: random.Random) -> tuple[ActorMention, ...]:
    picked = rng.sample(PARTIES, 2 if rng.random() < 0.2 else 1)
    return tuple(
        ActorMention(text="Someone", start=0, end=7, country=c, sector=s, name=c, rule="test")
        for c, s in picked
    )


def _document(rng: random.Random, index: int) -> CodedDocument:
    doc_id = f"doc-{index:03d}"
    filler = " ".join(rng.choice(("grain", "river", "road", "tower", "ford")) for _ in range(30))
    text = f"{SENTENCE} Report {index} on the {filler}."
    day = dt.date(2021, 1, 1) + dt.timedelta(days=rng.randrange(0, 120, 9))
    verb, kind, cameo, goldstein, quad = rng.choice(KINDS)
    actor, recipient = _party(rng), _party(rng)
    event = Event(
        doc_id=doc_id, event_id=event_id(doc_id, 0, 8, cameo, actor, recipient),
        sentence_index=0, sentence=SENTENCE, sentence_start=0, date=day, event_type=kind,
        mode=None, context=(), cameo=cameo, goldstein=goldstein, quad_class=quad, actor=actor,
        recipient=recipient, trigger=Span(text="did", start=8, end=11), confidence=0.9,
        lexicon_version="test-1", pattern_id=f"test.{verb}",
    )
    article = Article(doc_id=doc_id, origin=f"{doc_id}.txt", text=text, date=day,
                      source=f"site-{index % 4}")
    return CodedDocument(article=article, events=(event,))


QUERIES = [
    DyadQuery(actor=a, recipient=r, directed=d, unit=u, by="week")
    for a, r in (("ARN", "GON"), ("ARN", "ARN"), ("ARNGOV", "GON"), ("UN", "A"))
    for d in (True, False) for u in ("events", "mentions")
]
ACTORS = [ActorQuery(code=c, unit=u, by=by) for c in ("ARN", "GON", "ARNMIL", "U")
          for u in ("events", "mentions") for by in ("month", "week")]
PAGES = [EventQuery(actor=a, recipient=r, page_size=7, page=p)
         for a, r in (("ARN", None), (None, "GON"), ("ARN", "GON")) for p in (1, 2)]


def _answers(store: Store) -> tuple[list, list, list]:
    return (
        [dyad_analysis(store, q) for q in QUERIES], [actor_summary(store, q) for q in ACTORS],
        [page_events(store, q) for q in PAGES],
    )


def _same_answers(store: Store) -> None:
    store.derived.clear()
    assert key_index(store) is not None
    keyed = _answers(store)
    assert keyed == _answers(without_keys(store))
    assert any(series.total for series, _ in keyed[0])


def test_the_writer_keeps_the_keys_through_batches_recodes_and_sorts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A short tail: some batches append to it, others sort everything again.
    monkeypatch.setattr(sides, "MIN_TAIL", 50)
    rng = random.Random(5)
    docs = [_document(rng, i) for i in range(60)]
    with open_store(tmp_path / "keys.duckdb", read_only=False) as store:
        writer = StoreWriter(store)
        writer.start_run(RUN)
        sorted_sizes, tails = set(), set()
        for start in range(0, len(docs), 10):
            writer.write_batch(docs[start : start + 10], run_id=RUN.run_id)
            _same_answers(store)
            sorted_rows, tail = store.rows(
                "SELECT sorted_rows, next_pos - 1 - sorted_rows FROM key_state"
            )[0]
            sorted_sizes.add(sorted_rows)
            tails.add(tail)
        # A recode drops half the events of the first articles and moves the rest a week on.
        recoded = [
            dataclasses.replace(doc, events=tuple(
                dataclasses.replace(e, date=e.date + dt.timedelta(days=7)) for e in doc.events
            ) if i % 2 else ())
            for i, doc in enumerate(docs[:20])
        ]
        stats = writer.replace_coding(recoded, run_id=RUN.run_id, lexicon_version="test-2")
        assert stats.removed_events
        _same_answers(store)
    assert len(sorted_sizes) > 2 and max(tails) > 0
    # Reported again in later batches: counts of events already sorted were replaced.
    with open_store(tmp_path / "keys.duckdb") as reopened:
        assert reopened.rows("SELECT max(num_mentions) FROM events")[0][0] > 1
        _same_answers(reopened)
