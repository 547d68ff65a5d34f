"""recip18: restrictions lifted "between it and Arnor" fall on the party beside the actor."""

from __future__ import annotations

from spacy.language import Language

from detente.coding.events import Coder

from middle_earth import code_text, dyad


def test_restrictions_between_the_actor_and_another_fall_on_the_other(
    nlp: Language, coder: Coder
) -> None:
    text = "Gondor formally lifted the trade and travel restrictions between it and Arnor."
    eased = [e for e in code_text(nlp, coder, text) if e.event_type == "CONCEDE"]
    assert [dyad(e) for e in eased] == [("GND", "CONCEDE", "ARN")]


def test_restrictions_on_a_party_stay_on_it(nlp: Language, coder: Coder) -> None:
    text = "Gondor lifted the restrictions on Arnor."
    eased = [e for e in code_text(nlp, coder, text) if e.event_type == "CONCEDE"]
    assert [dyad(e) for e in eased] == [("GND", "CONCEDE", "ARN")]
