"""A deed of conduct joined to a state a speaker reports ("said the flights were a provocation
and breached its airspace") is the reported party's deed; an act of speech joined so stays the
speaker's (made-up world, parsed by the real model; coding/linked_actors.py)."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code_text, dyad


def test_a_breach_joined_to_a_reported_state_is_the_reported_party(nlp, coder: Coder) -> None:
    text = "Arnor said Gondor was responsible and violated the treaty."
    [breach] = [e for e in code_text(nlp, coder, text) if e.cameo == "128"]
    assert dyad(breach)[0] != "ARN"
