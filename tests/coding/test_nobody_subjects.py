"""A subject that names no party tells no act: a negative one ("nobody wants to fight"), a
free-choice one in a rule or warning ("any realm that attacks"), a question word with a modal
("who would want to invade ..."); past acts of "anyone" or "who" and a relative "who" with a
particular antecedent stay (made-up world, parsed by the real model; coding/nobody_subjects.py)."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code_text


def _types(nlp, coder: Coder, text: str) -> list[str]:
    return [e.event_type for e in code_text(nlp, coder, text)]


def test_a_negative_subject_does_no_act(nlp, coder: Coder) -> None:
    text = "Nobody wants to fight Mordor, the Gondorian king said."
    assert _types(nlp, coder, text) == []


def test_a_question_word_with_a_modal_asks_and_tells_no_act(nlp, coder: Coder) -> None:
    text = "Who would want to invade a neighbour like Arnor, the Gondorian king asked."
    assert _types(nlp, coder, text) == []


def test_a_particular_subject_and_a_past_question_keep_their_acts(nlp, coder: Coder) -> None:
    assert "THREATEN" in _types(nlp, coder, "Gondor wants to fight Mordor, the king said.")
    assert "ASSAULT" in _types(nlp, coder, "Gondorian soldiers attacked the Arnorian convoy.")
