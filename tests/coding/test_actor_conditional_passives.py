"""A past participle after "if", "once" or "unless" with no subject of its own is a passive
whose patient is the main clause's subject ("they face life in prison if convicted": they are
convicted, they convict no one); a past form hung on its noun with no subject or object is a
reduced passive relative, the noun its patient ("the man detained at the border"), also when
the parser reads it as a clausal subject of "be"."""

from __future__ import annotations

from detente.coding.events import Coder
from detente.coding.subjects import passive_clause_patient, subject_clause_patient
from detente.coding.syntax import is_participle, is_passive

from middle_earth import code_text
from support import build_doc

# "The Gondorian envoys face prison if convicted."
IF_CONVICTED = [
    ("The", "the", "DET", "det", 2),
    ("Gondorian", "Gondorian", "ADJ", "amod", 2),
    ("envoys", "envoy", "NOUN", "nsubj", 3),
    ("face", "face", "VERB", "ROOT", 3),
    ("prison", "prison", "NOUN", "dobj", 3),
    ("if", "if", "SCONJ", "mark", 6),
    ("convicted", "convict", "VERB", "advcl", 3),
    (".", ".", "PUNCT", "punct", 3),
]
IF_TAGS = {2: "NNS", 3: "VBP", 5: "IN", 6: "VBN"}


def test_a_participle_after_if_is_done_to_the_main_subject() -> None:
    doc = build_doc(IF_CONVICTED, tags=IF_TAGS)
    patient = passive_clause_patient(doc[6])
    assert patient is not None and patient.text == "envoys"
    # the tagger's past tense for the same word reads the same after "if"
    past = build_doc(IF_CONVICTED, tags={**IF_TAGS, 6: "VBD"})
    assert passive_clause_patient(past[6]) is not None


def test_a_participle_after_as_leaves_no_subject_out() -> None:
    rows = [(w if w != "if" else "as", lem if lem != "if" else "as", *rest)
            for w, lem, *rest in IF_CONVICTED]  # fmt: skip
    assert passive_clause_patient(build_doc(rows, tags=IF_TAGS)[6]) is None


def test_defendants_are_not_the_actors_of_their_own_conviction(nlp, coder: Coder) -> None:
    for text in (
        "If convicted, the Gondorian envoys face life in prison.",
        "The Gondorian envoys face life in prison if convicted.",
        "If found guilty, the Gondorian envoys could face the death penalty.",
    ):
        for event in code_text(nlp, coder, text):
            assert all(m.country != "GND" for m in event.actor), text


def test_the_noun_of_a_reduced_passive_relative_is_its_patient() -> None:
    # "The man detained in Bree was a Gondorian." with "detained" tagged a past tense
    rows = [
        ("The", "the", "DET", "det", 1),
        ("man", "man", "NOUN", "nsubj", 5),
        ("detained", "detain", "VERB", "acl", 1),
        ("in", "in", "ADP", "prep", 2),
        ("Bree", "Bree", "PROPN", "pobj", 3),
        ("was", "be", "AUX", "ROOT", 5),
        ("a", "a", "DET", "det", 7),
        ("Gondorian", "Gondorian", "NOUN", "attr", 5),
        (".", ".", "PUNCT", "punct", 5),
    ]
    doc = build_doc(rows, tags={2: "VBD", 5: "VBD"})
    assert is_participle(doc[2])
    # with an object of its own the past form acts: "the man *detained* [two officers]"
    rows[4:5] = [("officers", "officer", "NOUN", "dobj", 2)]
    rows[3] = ("two", "two", "NUM", "nummod", 4)
    assert not is_participle(build_doc(rows, tags={2: "VBD", 5: "VBD"})[2])


def test_a_reduced_relative_misread_as_a_clausal_subject_is_done_to_its_noun() -> None:
    # "The Gondorian man detained in Bree was a smuggler." parsed with "detained" as the
    # clausal subject of "was" and "man" as its subject: no clause without "that" can be a
    # subject, so the man was detained
    rows = [
        ("The", "the", "DET", "det", 2),
        ("Gondorian", "Gondorian", "ADJ", "amod", 2),
        ("man", "man", "NOUN", "nsubj", 3),
        ("detained", "detain", "VERB", "csubj", 6),
        ("in", "in", "ADP", "prep", 3),
        ("Bree", "Bree", "PROPN", "pobj", 4),
        ("was", "be", "AUX", "ROOT", 6),
        ("a", "a", "DET", "det", 8),
        ("smuggler", "smuggler", "NOUN", "attr", 6),
        (".", ".", "PUNCT", "punct", 6),
    ]
    doc = build_doc(rows, tags={3: "VBD", 6: "VBD"})
    patient = subject_clause_patient(doc[3])
    assert patient is not None and patient.text == "man"
    assert is_passive(doc[3])
    # "That Gondor detained him was a mistake": a clause with "that" is a real subject
    that = [("That", "that", "SCONJ", "mark", 2), ("Gondor", "Gondor", "PROPN", "nsubj", 2),
            ("detained", "detain", "VERB", "csubj", 4), ("him", "he", "PRON", "dobj", 2),
            ("was", "be", "AUX", "ROOT", 4), ("wrong", "wrong", "ADJ", "acomp", 4),
            (".", ".", "PUNCT", "punct", 4)]  # fmt: skip
    assert subject_clause_patient(build_doc(that, tags={2: "VBD", 4: "VBD"})[2]) is None


def test_a_participle_on_anyone_is_done_to_whoever_it_names() -> None:
    # "Anyone detained in Bree is freed." with "detained" hung on "Anyone"
    rows = [
        ("Anyone", "anyone", "PRON", "nsubjpass", 5),
        ("detained", "detain", "VERB", "acl", 0),
        ("in", "in", "ADP", "prep", 1),
        ("Bree", "Bree", "PROPN", "pobj", 2),
        ("is", "be", "AUX", "auxpass", 5),
        ("freed", "free", "VERB", "ROOT", 5),
        (".", ".", "PUNCT", "punct", 5),
    ]
    assert is_participle(build_doc(rows, tags={1: "VBN", 5: "VBN"})[1])
