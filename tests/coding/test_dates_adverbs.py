"""Dates told through an adverb ("Back in 2016, Mordor attacked Gondor") and decades counted
back ("two decades ago") date the act (made-up world, hand-built parses)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.tokens import Doc, Span

from detente.coding.dates import background_modality, resolve_date_expression, resolve_event_date

from support import build_doc

PUBLISHED = dt.date(2017, 2, 8)


def _back_in_2016(adverb: str) -> Doc:
    """ "<adverb> in 2016, Mordor attacked Gondor." with 2016 as a DATE entity."""
    rows = [
        (adverb, adverb.lower(), "ADV", "advmod", 5),
        ("in", "in", "ADP", "prep", 0),
        ("2016", "2016", "NUM", "pobj", 1),
        (",", ",", "PUNCT", "punct", 5),
        ("Mordor", "Mordor", "PROPN", "nsubj", 5),
        ("attacked", "attack", "VERB", "ROOT", 5),
        ("Gondor", "Gondor", "PROPN", "dobj", 5),
        (".", ".", "PUNCT", "punct", 5),
    ]
    doc = build_doc(rows, tags={2: "CD"})
    doc.ents = [Span(doc, 2, 3, label="DATE")]
    return doc


def test_a_date_phrase_on_an_adverb_dates_the_verb_the_adverb_modifies() -> None:
    doc = _back_in_2016("Back")
    when = resolve_event_date(doc[5], PUBLISHED)
    assert (when.date, when.rule, when.precision) == (dt.date(2016, 1, 1), "explicit", "year")
    assert background_modality("asserted", when, PUBLISHED) == "historical"


@pytest.mark.parametrize(("text", "year"), [("a decade ago", 2007), ("two decades ago", 1997)])
def test_decades_ago_count_back_ten_years_each(text: str, year: int) -> None:
    found = resolve_date_expression(text, PUBLISHED)
    assert (found.date, found.rule, found.precision) == (dt.date(year, 1, 1), "relative", "year")
