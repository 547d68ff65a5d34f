"""An act whose object has "no", or the infinitive of a noun with "no", is told as not done
(negated); "no" inside a quantity negates nothing. Made-up world, parsed by the real model."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code_text


def _modalities(nlp, coder: Coder, text: str, event_type: str) -> list[str]:
    return [e.modality for e in code_text(nlp, coder, text) if e.event_type == event_type]


def test_an_object_with_no_negates_the_act(nlp, coder: Coder) -> None:
    assert _modalities(nlp, coder, "Gondor sent no troops to Arnor.", "MOBILIZE") == ["negated"]
    assert _modalities(nlp, coder, "Gondor gave no aid to Arnor.", "AID") == ["negated"]
    text = "Gondor imposed no sanctions on Arnor."
    assert _modalities(nlp, coder, text, "SANCTION") == ["negated"]


def test_an_object_with_another_determiner_leaves_the_act_done(nlp, coder: Coder) -> None:
    assert _modalities(nlp, coder, "Gondor sent some troops to Arnor.", "MOBILIZE") == ["asserted"]
    text = "Gondor imposed new sanctions on Arnor."
    assert _modalities(nlp, coder, text, "SANCTION") == ["asserted"]


def test_no_in_a_quantity_negates_nothing(nlp, coder: Coder) -> None:
    text = "The Orcs attacked no fewer than five Gondorian villages."
    assert _modalities(nlp, coder, text, "ASSAULT") == ["asserted"]


def test_the_infinitive_of_a_noun_with_no_is_not_done(nlp, coder: Coder) -> None:
    text = "Gondor has given no order to withdraw its troops from Arnor."
    assert _modalities(nlp, coder, text, "RETREAT") == ["negated"]
    assert _modalities(nlp, coder, "Mordor has no plans to attack Arnor.", "ASSAULT") == ["negated"]


def test_the_infinitive_of_a_noun_without_no_stays_aimed_at(nlp, coder: Coder) -> None:
    text = "Gondor has given an order to withdraw its troops from Arnor."
    assert _modalities(nlp, coder, text, "RETREAT") == ["hypothetical"]
    assert _modalities(nlp, coder, "Mordor has plans to attack Arnor.", "ASSAULT") == [
        "hypothetical"
    ]
