"""An act named by the infinitive of a definite or owned decision is told as decided, not as a
hypothetical (coding/decisions.py, english.yaml `decision_nouns`, senses19). Made-up world, real
parses; minimal pairs keep plans, moves and indefinite decisions as acts aimed at."""

from __future__ import annotations

from spacy.language import Language

from detente.coding.events import Coder

from middle_earth import code_text


def _sanctions(nlp: Language, coder: Coder, text: str) -> list[str]:
    return [e.modality for e in code_text(nlp, coder, text) if e.event_type == "SANCTION"]


def test_the_decision_to_expel_tells_the_expulsion_as_decided(
    nlp: Language, coder: Coder
) -> None:
    text = "Mordor condemned the Gondorian decision to expel the diplomats and close the consulate."
    assert _sanctions(nlp, coder, text) == ["asserted", "asserted"]


def test_an_owned_decision_tells_the_act_as_decided(nlp: Language, coder: Coder) -> None:
    text = "Gondor's decision to expel the Mordor diplomats angered Mordor."
    assert _sanctions(nlp, coder, text) == ["asserted"]


def test_a_decision_that_takes_effect_later_tells_the_act_ahead(
    nlp: Language, coder: Coder
) -> None:
    text = "The Gondorian decision to expel the diplomats will take effect on Monday."
    assert _sanctions(nlp, coder, text) == ["future"]


def test_a_decision_not_to_act_is_negated(nlp: Language, coder: Coder) -> None:
    text = "Gondor's decision not to expel the Mordor diplomats surprised Arnor."
    assert _sanctions(nlp, coder, text) == ["negated"]


def test_a_plan_or_an_indefinite_decision_stays_aimed_at(nlp: Language, coder: Coder) -> None:
    assert _sanctions(nlp, coder, "Mordor condemned Gondor's plan to expel the diplomats.") == [
        "hypothetical"
    ]
    text = "Gondor is considering a decision to expel the diplomats."
    assert _sanctions(nlp, coder, text) == ["hypothetical"]
