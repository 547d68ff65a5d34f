"""Dates of occasions and of descriptions: "met during a visit last year", "protests that were
broken up" in a clause dated 2007 (made-up world)."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span

from detente.coding.dates import is_background, resolve_event_date

from support import build_doc

PUBLISHED = dt.date(2020, 6, 1)


def _met_during(prep: str) -> Doc:
    """ "Gondor met Arnor <prep> a visit to Rohan last year." ("last year" on the visit)."""
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("met", "meet", "VERB", "ROOT", 1),
        ("Arnor", "Arnor", "PROPN", "dobj", 1),
        (prep, prep.lower(), "ADP", "prep", 1),
        ("a", "a", "DET", "det", 5),
        ("visit", "visit", "NOUN", "pobj", 3),
        ("to", "to", "ADP", "prep", 5),
        ("Rohan", "Rohan", "PROPN", "pobj", 6),
        ("last", "last", "ADJ", "amod", 9),
        ("year", "year", "NOUN", "npadvmod", 5),
        (".", ".", "PUNCT", "punct", 1),
    ]
    doc = build_doc(rows, tags={1: "VBD"})
    doc.ents = [Span(doc, 8, 10, label="DATE")]
    return doc


def test_an_occasion_named_by_a_preposition_of_time_dates_the_act() -> None:
    # "Gondor met Arnor during / with a visit to Rohan last year"
    for prep in ("during", "with"):
        when = resolve_event_date(_met_during(prep)[1], PUBLISHED)
        assert when.date == dt.date(2019, 1, 1) and when.rule == "relative", prep
        assert is_background(when, PUBLISHED)


def test_a_noun_after_another_preposition_keeps_its_date_to_itself() -> None:
    # "Gondor met Arnor about a visit to Rohan last year": the visit, not the meeting, is dated
    when = resolve_event_date(_met_during("about")[1], PUBLISHED)
    assert when.rule == "publication"


def _broke_up(relative_tag: str, year: str = "2007") -> Doc:
    """ "In <year> Gondor broke up protests that were organised by Arnor." """
    rows = [
        ("In", "in", "ADP", "prep", 3),
        (year, year, "NUM", "pobj", 0),
        ("Gondor", "Gondor", "PROPN", "nsubj", 3),
        ("broke", "break", "VERB", "ROOT", 3),
        ("up", "up", "ADP", "prt", 3),
        ("protests", "protest", "NOUN", "dobj", 3),
        ("that", "that", "PRON", "nsubjpass", 8),
        ("were", "be", "AUX", "auxpass", 8),
        ("organised", "organise", "VERB", "relcl", 5),
        ("by", "by", "ADP", "agent", 8),
        ("Arnor", "Arnor", "PROPN", "pobj", 9),
        (".", ".", "PUNCT", "punct", 3),
    ]
    doc = build_doc(rows, tags={1: "CD", 3: "VBD", 7: relative_tag, 8: "VBN"})
    doc.ents = [Span(doc, 1, 2, label="DATE")]
    return doc


def test_a_past_relative_clause_is_no_later_than_the_clause_it_describes_a_part_of() -> None:
    when = resolve_event_date(_broke_up("VBD")[8], PUBLISHED)
    assert when.date == dt.date(2007, 1, 1) and is_background(when, PUBLISHED)


def test_a_present_relative_clause_is_not_dated_by_its_clause() -> None:
    # "... protests that are organised by Arnor": still going on, not dated 2007
    assert resolve_event_date(_broke_up("VBP")[8], PUBLISHED).rule == "publication"


def test_a_description_never_takes_a_date_after_the_story() -> None:
    # "In 2022 Gondor broke up protests that were organised ...": a past act in a clause told
    # ahead is not itself ahead
    assert resolve_event_date(_broke_up("VBD", "2022")[8], PUBLISHED).rule == "publication"


def test_a_participle_on_an_object_shares_its_clause_date() -> None:
    # "In 2015 Gondor passed a law demanding ...": the law's demand is as old as the law
    rows = [
        ("In", "in", "ADP", "prep", 3),
        ("2015", "2015", "NUM", "pobj", 0),
        ("Gondor", "Gondor", "PROPN", "nsubj", 3),
        ("passed", "pass", "VERB", "ROOT", 3),
        ("a", "a", "DET", "det", 5),
        ("law", "law", "NOUN", "dobj", 3),
        ("demanding", "demand", "VERB", "acl", 5),
        ("tribute", "tribute", "NOUN", "dobj", 6),
        (".", ".", "PUNCT", "punct", 3),
    ]
    doc = build_doc(rows, tags={1: "CD", 3: "VBD", 6: "VBG"})
    doc.ents = [Span(doc, 1, 2, label="DATE")]
    assert resolve_event_date(doc[6], PUBLISHED).date == dt.date(2015, 1, 1)


def test_a_perfect_relative_clause_reaches_the_telling_not_its_clause_date() -> None:
    # "In 2007 Gondor broke up protests that Arnor has organised": not dated 2007
    doc = _broke_up("VBD")
    doc[6].dep_, doc[7].dep_, doc[7].lemma_, doc[7].tag_ = "nsubj", "aux", "have", "VBZ"
    assert resolve_event_date(doc[8], PUBLISHED).rule == "publication"
    # the same clause in the simple past is dated by its clause
    doc[7].lemma_, doc[7].tag_ = "do", "VBD"
    assert resolve_event_date(doc[8], PUBLISHED).date == dt.date(2007, 1, 1)
