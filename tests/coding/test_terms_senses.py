"""Duties framed by a ruling, a sentence or a settlement state its terms, no demand (made-up
world, hand-built parses). Each test is a minimal pair: the same duty reported with no ruling
named is a demand by its speaker."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code

STOP = (".", ".", "PUNCT", "punct")


def _types(events) -> list[str]:
    return [e.event_type for e in events]


def _must_pay(frame: tuple[str, str] | None) -> tuple[list[tuple], dict[int, str]]:
    """ "Aragorn said [under the <noun>] Arnor must pay Gondor." """
    rows = [("Aragorn", "Aragorn", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1)]
    tags = {0: "NNP", 1: "VBD"}
    at = 2
    if frame is not None:
        verb = 7
        rows += [("under", "under", "ADP", "prep", verb), ("the", "the", "DET", "det", 4),
                 (*frame, "NOUN", "pobj", 2)]  # fmt: skip
        tags.update({2: "IN", 3: "DT", 4: "NN"})
        at = 5
    verb = at + 2
    rows += [("Arnor", "Arnor", "PROPN", "nsubj", verb), ("must", "must", "AUX", "aux", verb),
             ("pay", "pay", "VERB", "ccomp", 1), ("Gondor", "Gondor", "PROPN", "dobj", verb),
             (*STOP, 1)]  # fmt: skip
    tags.update({at: "NNP", at + 1: "MD", verb: "VB", verb + 1: "NNP"})
    return rows, tags


def test_a_duty_under_a_settlement_is_its_terms_not_a_demand(coder: Coder) -> None:
    rows, tags = _must_pay(("settlement", "settlement"))
    assert "REQUEST" not in _types(code(coder, rows, tags=tags))
    # "Aragorn said Arnor must pay Gondor.": the speaker's own demand
    rows, tags = _must_pay(None)
    assert "REQUEST" in _types(code(coder, rows, tags=tags))


def test_a_duty_of_a_sentence_or_a_plea_is_its_terms(coder: Coder) -> None:
    for noun in ("sentence", "plea", "ruling"):
        rows, tags = _must_pay((noun, noun))
        assert "REQUEST" not in _types(code(coder, rows, tags=tags)), noun


def test_a_duty_under_pressure_names_no_ruling_and_stays_a_demand(coder: Coder) -> None:
    # "Aragorn said under the pressure Arnor must pay Gondor.": no ruling, still a demand
    rows, tags = _must_pay(("pressure", "pressure"))
    assert "REQUEST" in _types(code(coder, rows, tags=tags))
