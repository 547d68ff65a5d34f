"""The step a text must pass is no demand: "the treaty must be ratified by the council, Gondor
said" (made-up world, hand-built parses)."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code


def _must_be(subject: str, verb: tuple[str, str], modal: str = "must") -> tuple[list, dict]:
    """ "The <subject> <modal> be <verb> by the council, Gondor said." and its tags."""
    rows = [
        ("The", "the", "DET", "det", 1),
        (subject, subject, "NOUN", "nsubjpass", 4),
        (modal, modal, "AUX", "aux", 4),
        ("be", "be", "AUX", "auxpass", 4),
        (verb[0], verb[1], "VERB", "ccomp", 10),
        ("by", "by", "ADP", "agent", 4),
        ("the", "the", "DET", "det", 7),
        ("council", "council", "NOUN", "pobj", 5),
        (",", ",", "PUNCT", "punct", 10),
        ("Gondor", "Gondor", "PROPN", "nsubj", 10),
        ("said", "say", "VERB", "ROOT", 10),
        (".", ".", "PUNCT", "punct", 10),
    ]
    tags = {1: "NN", 2: "MD", 3: "VB", 4: "VBN", 7: "NN", 9: "NNP", 10: "VBD"}
    return rows, tags


def test_a_text_that_must_be_ratified_is_told_a_procedure(coder: Coder) -> None:
    for subject, verb in (("treaty", ("ratified", "ratify")), ("bill", ("approved", "approve"))):
        rows, tags = _must_be(subject, verb)
        assert [e for e in code(coder, rows, tags=tags) if e.event_type == "REQUEST"] == []


def test_people_who_must_be_released_are_a_demand(coder: Coder) -> None:
    rows, tags = _must_be("prisoners", ("released", "release"))
    tags[1] = "NNS"
    assert [e.event_type for e in code(coder, rows, tags=tags)] == ["REQUEST"]


def test_a_text_that_should_be_passed_is_argued_for(coder: Coder) -> None:
    rows, tags = _must_be("bill", ("passed", "pass"), modal="should")
    assert [e.event_type for e in code(coder, rows, tags=tags)] == ["REQUEST"]
