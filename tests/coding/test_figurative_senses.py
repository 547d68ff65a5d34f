"""Words of attack used figuratively: a barrage of words, visitors crowding a place (made-up
world, hand-built parses; coding/figurative_senses.py). Minimal pairs: force used is coded."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code


def _types(events) -> list[str]:
    return [e.event_type for e in events]


def _bombarded_with(thrown: tuple[str, str]) -> list[tuple]:
    # "Mordor bombarded Gondor with <thrown>."
    return [("Mordor", "Mordor", "PROPN", "nsubj", 1), ("bombarded", "bombard", "VERB", "ROOT", 1),
            ("Gondor", "Gondor", "PROPN", "dobj", 1), ("with", "with", "ADP", "prep", 1),
            (*thrown, "NOUN", "pobj", 3), (".", ".", "PUNCT", "punct", 1)]  # fmt: skip


def test_a_barrage_of_questions_uses_no_force(coder: Coder) -> None:
    tags = {0: "NNP", 1: "VBD", 2: "NNP", 3: "IN", 4: "NNS"}
    assert _types(code(coder, _bombarded_with(("questions", "question")), tags=tags)) == []
    assert _types(code(coder, _bombarded_with(("rockets", "rocket")), tags=tags)) == ["ASSAULT"]


def _invaded(doer: tuple[str, str]) -> list[tuple]:
    # "<doer> from Mordor invaded Ithilien."
    return [(*doer, "NOUN", "nsubj", 3), ("from", "from", "ADP", "prep", 0),
            ("Mordor", "Mordor", "PROPN", "pobj", 1), ("invaded", "invade", "VERB", "ROOT", 3),
            ("Ithilien", "Ithilien", "PROPN", "dobj", 3),
            (".", ".", "PUNCT", "punct", 3)]  # fmt: skip


def test_tourists_filling_a_place_invade_nothing(coder: Coder) -> None:
    tags = {0: "NNS", 1: "IN", 2: "NNP", 3: "VBD", 4: "NNP"}
    assert _types(code(coder, _invaded(("Tourists", "tourist")), tags=tags)) == []
    assert _types(code(coder, _invaded(("Troops", "troops")), tags=tags)) == ["ASSAULT"]
