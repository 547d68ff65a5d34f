"""Who a pronoun stands for inside a reported clause: "He said Orcs attacked *him*" is the one
who said it; "the Rangers, *who* it said were backed by Mordor" are the Rangers.

Hand-built parses of the made-up world; rows are (word, lemma, POS, dependency, head index).
"""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code, parties


def test_him_in_a_reported_clause_is_the_one_who_reports_it(coder: Coder) -> None:
    # "Aragorn met Denethor in Bree. He said Orcs attacked him.": "him" is Aragorn, the subject
    # the "he" continues, not Denethor, the person named nearest before
    rows = [
        ("Aragorn", "Aragorn", "PROPN", "nsubj", 1),
        ("met", "meet", "VERB", "ROOT", 1),
        ("Denethor", "Denethor", "PROPN", "dobj", 1),
        ("in", "in", "ADP", "prep", 1),
        ("Bree", "Bree", "PROPN", "pobj", 3),
        (".", ".", "PUNCT", "punct", 1),
        ("He", "he", "PRON", "nsubj", 7),
        ("said", "say", "VERB", "ROOT", 7),
        ("Orcs", "Orcs", "PROPN", "nsubj", 9),
        ("attacked", "attack", "VERB", "ccomp", 7),
        ("him", "he", "PRON", "dobj", 9),
        (".", ".", "PUNCT", "punct", 7),
    ]
    ents = ((0, 1, "PERSON"), (2, 3, "PERSON"), (4, 5, "GPE"), (8, 9, "NORP"))
    events = code(coder, rows, ents=ents)
    [attack] = [e for e in events if e.trigger.text == "attacked"]
    assert [m.name for m in attack.recipient] == ["Aragorn Elessar"]
    assert [m.text for m in attack.recipient] == ["him"]


def test_a_relative_reported_inside_its_clause_stands_for_its_noun(coder: Coder) -> None:
    # "Gondor attacked the Rangers of the North, who it said were backed by Mordor."
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("attacked", "attack", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("Rangers", "Rangers", "PROPN", "dobj", 1),
        ("of", "of", "ADP", "prep", 3),
        ("the", "the", "DET", "det", 6),
        ("North", "North", "PROPN", "pobj", 4),
        (",", ",", "PUNCT", "punct", 3),
        ("who", "who", "PRON", "nsubjpass", 12),
        ("it", "it", "PRON", "nsubj", 10),
        ("said", "say", "VERB", "relcl", 3),
        ("were", "be", "AUX", "auxpass", 12),
        ("backed", "back", "VERB", "ccomp", 10),
        ("by", "by", "ADP", "agent", 12),
        ("Mordor", "Mordor", "PROPN", "pobj", 13),
        (".", ".", "PUNCT", "punct", 1),
    ]
    ents = ((0, 1, "GPE"), (2, 7, "ORG"), (14, 15, "GPE"))
    events = code(coder, rows, ents=ents, tags={8: "WP", 12: "VBN"})
    [backed] = [e for e in events if e.trigger.text.startswith("backed")]
    assert [(c, s) for c, s, _ in parties(backed.actor)] == [("MDR", None)]
    assert [(c, s) for c, s, _ in parties(backed.recipient)] == [("ARN", "REB")]
