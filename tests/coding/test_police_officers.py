"""Bare "officers" in a story that names its police are the police's officers.

Hand-built parses of the made-up world; rows are (word, lemma, POS, dependency, head index).
"""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code

PUNCT = (".", ".", "PUNCT", "punct")


def _arrest(subject: list, *, told_by_police: bool = True) -> tuple:
    """ "<subject> arrested the trader in Osgiliath[, police said]." """
    n = len(subject)
    said = n + 7
    verb_head, verb_dep = (said, "ccomp") if told_by_police else (n, "ROOT")
    rows = [
        *subject,
        ("arrested", "arrest", "VERB", verb_dep, verb_head),
        ("the", "the", "DET", "det", n + 2),
        ("trader", "trader", "NOUN", "dobj", n),
        ("in", "in", "ADP", "prep", n),
        ("Osgiliath", "Osgiliath", "PROPN", "pobj", n + 3),
    ]
    if told_by_police:
        rows += [
            (",", ",", "PUNCT", "punct", said),
            ("police", "police", "NOUN", "nsubj", said),
            ("said", "say", "VERB", "ROOT", said),
            (*PUNCT, said),
        ]
        tags = {n: "VBD", said: "VBD"}
    else:
        rows.append((*PUNCT, n))
        tags = {n: "VBD"}
    ents = ((n + 4, n + 5, "GPE"),)
    return rows, tags, ents


def _arrests(coder: Coder, subject: list, *, told_by_police: bool = True) -> list:
    rows, tags, ents = _arrest(subject, told_by_police=told_by_police)
    return [e for e in code(coder, rows, tags=tags, ents=ents) if e.cameo == "173"]


OFFICERS = [("Officers", "officer", "NOUN", "nsubj", 1)]


def test_officers_in_a_police_story_are_the_police(coder: Coder) -> None:
    [event] = _arrests(coder, OFFICERS)
    assert [(m.country, m.sector) for m in event.actor] == [("GND", "COP")]


def test_a_count_of_the_officers_is_the_police(coder: Coder) -> None:
    # "Four of the officers arrested the trader in Osgiliath, police said."
    subject = [
        ("Four", "four", "NUM", "nsubj", 4),
        ("of", "of", "ADP", "prep", 0),
        ("the", "the", "DET", "det", 3),
        ("officers", "officer", "NOUN", "pobj", 1),
    ]
    [event] = _arrests(coder, subject)
    assert [(m.country, m.sector, m.text) for m in event.actor] == [
        ("GND", "COP", "the officers")
    ]


def test_officers_of_a_story_that_names_no_police_stay_unread(coder: Coder) -> None:
    # Ships, armies and firms have officers too.
    assert _arrests(coder, OFFICERS, told_by_police=False) == []


def test_officers_named_by_whose_they_are_keep_that_reading(coder: Coder) -> None:
    # "Harbour officers": the phrase says whose officers they are, and it is no police word.
    subject = [
        ("Harbour", "harbour", "NOUN", "compound", 1),
        ("officers", "officer", "NOUN", "nsubj", 2),
    ]
    assert _arrests(coder, subject) == []
