"""A pronoun subject of a relative clause on an object stands for the subject of the clause that
holds the object: "Gondor announced it will return the forts it seized"."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code


def _forts(subject: tuple[str, str, str]) -> list[tuple]:
    # "<subject> announced it will return the forts it seized ."
    return [
        (*subject, "nsubj", 1),
        ("announced", "announce", "VERB", "ROOT", 1),
        ("it", "it", "PRON", "nsubj", 4),
        ("will", "will", "AUX", "aux", 4),
        ("return", "return", "VERB", "ccomp", 1),
        ("the", "the", "DET", "det", 6),
        ("forts", "fort", "NOUN", "dobj", 4),
        ("it", "it", "PRON", "nsubj", 8),
        ("seized", "seize", "VERB", "relcl", 6),
        (".", ".", "PUNCT", "punct", 1),
    ]


TAGS = {0: "NNP", 1: "VBD", 2: "PRP", 4: "VB", 6: "NNS", 7: "PRP", 8: "VBD"}


def test_a_pronoun_in_a_relative_clause_on_an_object_is_the_subject_above(coder: Coder) -> None:
    events = code(coder, _forts(("Gondor", "Gondor", "PROPN")), tags=TAGS)
    seized = [e for e in events if e.trigger.text == "seized"]
    assert seized and [m.country for m in seized[0].actor] == ["GND"]


def test_a_subject_above_that_cannot_be_it_lends_nothing(coder: Coder) -> None:
    # "Orcs announced it will return the forts it seized": "it" is no plural
    tags = {**TAGS, 0: "NNS"}
    events = code(coder, _forts(("Orcs", "orc", "NOUN")), tags=tags)
    assert not [e for e in events if e.trigger.text == "seized"]
