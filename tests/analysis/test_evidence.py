"""Evidence: article text cut into marked pieces, and pages of events."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.analysis.evidence import (
    MAX_PAGE_SIZE,
    EventQuery,
    cut_pieces,
    page_events,
)
from detente.analysis.keys import key_index, without_keys

from event_rows import conflict, coop


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


def test_the_party_keys_page_exactly_as_the_events_table(make_store) -> None:
    # Same-day events (ordered by id), undated ones at the end, one-sided and dyad filters.
    store = make_store([
        *(coop(dt.date(2021, 1, 1 + d % 9), mentions=d % 4 + 1) for d in range(30)),
        *(conflict(dt.date(2021, 2, d), actor="GONGOV", recipient="ARNGOV") for d in (1, 1, 3)),
        coop(None), coop(None, actor="ROHGOV"),
    ])
    queries = [
        EventQuery(actor=actor, recipient=recipient, directed=directed, page=page, page_size=size)
        for actor, recipient in (("ARN", None), (None, "ARN"), ("ARN", "GON"), (None, None))
        for directed in (True, False)
        for size, pages in ((7, range(1, 7)), (50, (1, 2)))
        for page in pages
    ]
    queries.append(EventQuery(quad_class=3, since=dt.date(2021, 1, 5), page_size=3))
    before = [page_events(without_keys(store), q) for q in queries]
    assert key_index(store) is not None
    assert [page_events(store, q) for q in queries] == before
    assert any(e.date is None for p in before for e in p.items)
