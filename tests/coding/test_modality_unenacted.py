"""What a text says when it was vetoed or only proposed is not done: "Mordor vetoed a resolution
condemning Gondor" (made-up world, hand-built parses)."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code


def _resolution(verb: tuple[str, str], *, prep: str | None = None) -> tuple[list, dict]:
    """ "Mordor <verb> (<prep>) a resolution condemning Gondor." and its tags."""
    text = 3 if prep is None else 4
    rows = [
        ("Mordor", "Mordor", "PROPN", "nsubj", 1),
        (verb[0], verb[1], "VERB", "ROOT", 1),
        *([(prep, prep, "ADP", "prep", 1)] if prep else []),
        ("a", "a", "DET", "det", text),
        ("resolution", "resolution", "NOUN", "pobj" if prep else "dobj", text - 2 if prep else 1),
        ("condemning", "condemn", "VERB", "acl", text),
        ("Gondor", "Gondor", "PROPN", "dobj", text + 1),
        (".", ".", "PUNCT", "punct", 1),
    ]
    tags = {0: "NNP", 1: "VBD", text: "NN", text + 1: "VBG", text + 2: "NNP"}
    return rows, tags


def _condemning(events) -> object:
    [event] = [e for e in events if e.cameo.startswith("11")]
    return event


def test_the_content_of_a_vetoed_or_proposed_text_is_not_done(coder: Coder) -> None:
    for verb in (("vetoed", "veto"), ("proposed", "propose"), ("rejected", "reject")):
        rows, tags = _resolution(verb)
        event = _condemning(code(coder, rows, tags=tags))
        assert event.modality == "hypothetical", verb
        assert "not adopted" in (event.modality_cue or "")


def test_the_content_of_a_text_voted_against_is_not_done(coder: Coder) -> None:
    rows, tags = _resolution(("voted", "vote"), prep="against")
    assert _condemning(code(coder, rows, tags=tags)).modality == "hypothetical"


def test_the_content_of_an_adopted_text_is_the_bodys_act(coder: Coder) -> None:
    rows, tags = _resolution(("adopted", "adopt"))
    assert _condemning(code(coder, rows, tags=tags)).modality == "asserted"
