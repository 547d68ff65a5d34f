"""actors17: a subject the parser took from the end of a participle's phrase. "Gondorian
soldiers destined for Mordor attacked Arnor" may be parsed with "destined" as a clause whose
subject is "soldiers", and "Mordor" (the object of "for") as the subject of "attacked"; the
bare "for" shows the misreading, so the soldiers attack, not Mordor."""

from __future__ import annotations

from detente.coding.stranded_subjects import stranded_subject

from middle_earth import code, parties
from support import build_doc

# "Gondorian soldiers destined for Mordor attacked Arnor ." as the small model misreads it.
MISREAD = [
    ("Gondorian", "Gondorian", "ADJ", "amod", 1),
    ("soldiers", "soldier", "NOUN", "nsubj", 2),
    ("destined", "destine", "VERB", "ccomp", 5),
    ("for", "for", "ADP", "prep", 2),
    ("Mordor", "Mordor", "PROPN", "nsubj", 5),
    ("attacked", "attack", "VERB", "ROOT", 5),
    ("Arnor", "Arnor", "PROPN", "dobj", 5),
    (".", ".", "PUNCT", "punct", 5),
]
TAGS = {0: "JJ", 1: "NNS", 2: "VBN", 3: "IN", 4: "NNP", 5: "VBD", 6: "NNP"}
ENTS = ((0, 1, "NORP"), (4, 5, "GPE"), (6, 7, "GPE"))


def test_the_noun_before_the_participle_is_the_subject() -> None:
    doc = build_doc(MISREAD, tags=TAGS)
    found = stranded_subject(doc[5], doc[4])
    assert found is not None and found.text == "soldiers"


def test_a_preposition_with_its_object_leaves_the_subject_alone() -> None:
    # "Gondorian soldiers destined for war, Mordor attacked Arnor": "for" has its object
    rows = [
        *MISREAD[:4],
        ("war", "war", "NOUN", "pobj", 3),
        (",", ",", "PUNCT", "punct", 6),
        ("Mordor", "Mordor", "PROPN", "nsubj", 6),
        ("attacked", "attack", "VERB", "ROOT", 6),
        ("Arnor", "Arnor", "PROPN", "dobj", 6),
        (".", ".", "PUNCT", "punct", 6),
    ]
    rows[2] = ("destined", "destine", "VERB", "ccomp", 6)
    doc = build_doc(rows, tags={0: "JJ", 1: "NNS", 2: "VBN", 3: "IN", 4: "NN", 6: "NNP", 7: "VBD"})
    assert stranded_subject(doc[7], doc[6]) is None


def test_a_participle_with_an_auxiliary_is_a_clause_of_its_own() -> None:
    rows = [*MISREAD[:-1], ("had", "have", "AUX", "aux", 2), (".", ".", "PUNCT", "punct", 5)]
    doc = build_doc(rows, tags={**TAGS, 7: "VBD"})
    assert stranded_subject(doc[5], doc[4]) is None


def test_the_soldiers_attack_not_the_place_they_are_bound_for(coder) -> None:
    events = code(coder, MISREAD, tags=TAGS, ents=ENTS)
    attacks = [e for e in events if e.trigger.text.startswith("attacked")]
    assert attacks
    assert [parties(e.actor)[0][:2] for e in attacks] == [("GND", "MIL")]
