"""An act a party foiled, thwarted or prevented was not done: with a party of its own it is told
as aimed at, with none it is no event, least of all the foiler's (made-up world, parsed by the
real model; coding/foiled_acts.py, coding/claims.py)."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code_text


def _assaults(nlp, coder: Coder, text: str) -> list[str]:
    return [e.modality for e in code_text(nlp, coder, text) if e.event_type == "ASSAULT"]


def test_an_act_foiled_with_a_party_of_its_own_is_aimed_at(nlp, coder: Coder) -> None:
    text = "Gondorian police said they had foiled an attack by Mordorian rebels on the palace."
    assert _assaults(nlp, coder, text) == ["hypothetical"]


def test_an_act_foiled_with_no_party_of_its_own_is_no_event(nlp, coder: Coder) -> None:
    text = "Gondorian police prevented an attack on the Arnorian embassy."
    assert _assaults(nlp, coder, text) == []
