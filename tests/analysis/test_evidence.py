"""Evidence: article text cut into marked pieces, and pages of events."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.analysis.evidence import MAX_PAGE_SIZE, EventQuery, cut_pieces, page_events

from event_rows import coop


def test_pieces_carry_every_span_covering_them_and_rebuild_the_text() -> None:
    text = "Before. Arnor met Gondor. After."
    pieces = cut_pieces(text, [(8, 25, "sentence"), (14, 17, "trigger"), (8, 13, "actor")])
    assert "".join(p.text for p in pieces) == text
    assert [(p.text, p.marks) for p in pieces] == [
        ("Before. ", ()), ("Arnor", ("sentence", "actor")), (" ", ("sentence",)),
        ("met", ("sentence", "trigger")), (" Gondor.", ("sentence",)), (" After.", ()),
    ]


def test_spans_outside_the_text_are_clipped_or_dropped() -> None:
    assert [p.marks for p in cut_pieces("abc", [(-5, 1, "x"), (7, 9, "y")])] == [("x",), ()]


def test_pages_of_events_and_the_size_cap(make_store) -> None:
    store = make_store([coop(dt.date(2021, 1, d)) for d in range(1, 8)])
    page = page_events(store, EventQuery(actor="ARN", page=2, page_size=3))
    assert page.total == 7 and [e.date.day for e in page.items] == [4, 5, 6]
    assert page_events(store, EventQuery(actor="ARN", page=9, page_size=3)).total == 7
    with pytest.raises(ValueError):
        EventQuery(page_size=MAX_PAGE_SIZE + 1)
