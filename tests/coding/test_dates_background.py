"""Dates of tenseless adjuncts, and background without a publication date (made-up world)."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span

from detente.coding.dates import is_background, resolve_event_date, story_reference

from support import build_doc


def _pleaded(adjunct_dep: str, head: int = 6) -> Doc:
    """ "In 2001 Orcs pleaded guilty, with Gorbag being sentenced." (the adjunct's label varies)."""
    rows = [
        ("In", "in", "ADP", "prep", 3),
        ("2001", "2001", "NUM", "pobj", 0),
        ("Orcs", "Orcs", "PROPN", "nsubj", 3),
        ("pleaded", "plead", "VERB", "ROOT", 3),
        ("guilty", "guilty", "ADJ", "acomp", 3),
        (",", ",", "PUNCT", "punct", 3),
        ("with", "with", "ADP", "prep", 3),
        ("Gorbag", "Gorbag", "PROPN", "nsubjpass", 9),
        ("being", "be", "AUX", "auxpass", 9),
        ("sentenced", "sentence", "VERB", adjunct_dep, head),
        (".", ".", "PUNCT", "punct", 3),
    ]
    doc = build_doc(rows, tags={1: "CD", 3: "VBD", 8: "VBG", 9: "VBN"})
    doc.ents = [Span(doc, 1, 2, label="DATE")]
    return doc


def test_an_absolute_participle_is_dated_by_its_clause() -> None:
    doc = _pleaded("pcomp")
    when = resolve_event_date(doc[9], dt.date(2003, 6, 1))
    assert when.date == dt.date(2001, 1, 1) and when.rule == "explicit"
    assert is_background(when, dt.date(2003, 6, 1))


def test_a_participle_with_a_tense_of_its_own_keeps_the_publication_date() -> None:
    # "..., with Gorbag was sentenced" (a clause with its own tense) is not an adjunct
    doc = _pleaded("advcl", head=3)
    doc[8].tag_ = "VBD"
    when = resolve_event_date(doc[9], dt.date(2003, 6, 1))
    assert when.rule == "publication"
    # without a tense of its own the same adjunct shares its clause's date
    doc[8].tag_ = "VBG"
    assert resolve_event_date(doc[9], dt.date(2003, 6, 1)).date == dt.date(2001, 1, 1)


def test_without_a_publication_date_the_latest_past_act_dates_the_story() -> None:
    # "Gondor attacked Arnor in 2015." makes 2015 the latest the story can be told before
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("attacked", "attack", "VERB", "ROOT", 1),
        ("Arnor", "Arnor", "PROPN", "dobj", 1),
        ("in", "in", "ADP", "prep", 1),
        ("2015", "2015", "NUM", "pobj", 3),
        ("and", "and", "CCONJ", "cc", 1),
        ("will", "will", "AUX", "aux", 7),
        ("invade", "invade", "VERB", "conj", 1),
        ("in", "in", "ADP", "prep", 7),
        ("2019", "2019", "NUM", "pobj", 8),
        (".", ".", "PUNCT", "punct", 1),
    ]
    doc = build_doc(rows, tags={1: "VBD", 4: "CD", 6: "MD", 7: "VB", 9: "CD"})
    doc.ents = [Span(doc, 4, 5, label="DATE"), Span(doc, 9, 10, label="DATE")]
    # the invasion planned for 2019 is not an act told in the past: it does not date the story
    assert story_reference(doc) == dt.date(2015, 1, 1)
    # a story with no dated past act has no reference
    doc[1].tag_ = "VBP"
    assert story_reference(doc) is None
