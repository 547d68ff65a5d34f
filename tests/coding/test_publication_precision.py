"""An event dated by its article's publication is only as precise as that date; --explain says
how cleaning found the date and what it did to the text."""

from __future__ import annotations

import datetime as dt

from detente.coding.events import Coder, code_article
from detente.explain import trace_lines, trace_records
from detente.records import Article, CodedDocument, SentenceTrace

from support import build_doc

ATTACK = [
    ("Gondor", "Gondor", "PROPN", "nsubj", 1),
    ("attacked", "attack", "VERB", "ROOT", 1),
    ("Mordor", "Mordor", "PROPN", "dobj", 1),
    (".", ".", "PUNCT", "punct", 1),
]
NOTES = ("unwrapped 12 hard-wrapped lines", "date 2018-03-01 from the URL (month)")


def _coded(coder: Coder, precision: str | None) -> CodedDocument:
    doc = build_doc(ATTACK)
    article = Article(
        doc_id="p1",
        origin="test",
        text=doc.text,
        date=dt.date(2018, 3, 1),
        date_source="url" if precision else None,
        date_precision=precision,  # type: ignore[arg-type]
        cleaning=NOTES,
    )
    trace: list[SentenceTrace] = []
    events = code_article(coder, article, doc, trace=trace)
    return CodedDocument(article=article, events=tuple(events), trace=tuple(trace))


def test_an_event_dated_by_a_month_precise_publication_date_is_month_precise(coder: Coder):
    [event] = _coded(coder, "month").events
    assert (event.date, event.date_rule, event.date_precision) == (
        dt.date(2018, 3, 1),
        "publication",
        "month",
    )


def test_a_publication_date_of_unknown_precision_counts_as_a_day(coder: Coder):
    [event] = _coded(coder, None).events
    assert event.date_precision == "day"


def test_explain_prints_what_cleaning_did_and_where_the_date_came_from(coder: Coder):
    coded = _coded(coder, "month")
    lines = list(trace_lines(coded))
    assert "published 2018-03-01" in lines[0]
    assert [line for line in lines[1:3] if "cleaning:" in line] == [
        f"    [dim]cleaning: {note}[/dim]" for note in NOTES
    ]
    [record] = trace_records(coded)
    assert record["published_source"] == "url" and record["published_precision"] == "month"
    assert record["cleaning"] == list(NOTES)
