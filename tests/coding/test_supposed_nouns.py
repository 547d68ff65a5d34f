"""An indefinite event noun as the subject of a modal of supposition ("a Gondorian invasion of
Arnor would lead to war") is supposed, told as hypothetical; a definite one ("the attack could
lead to more violence") may have happened and stays (made-up world, parsed by the real model;
coding/supposed_nouns.py)."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code_text


def _modalities(nlp, coder: Coder, text: str) -> list[str]:
    return [e.modality for e in code_text(nlp, coder, text) if e.event_type == "ASSAULT"]


def test_an_indefinite_act_that_would_bring_an_outcome_is_supposed(nlp, coder: Coder) -> None:
    text = "A Gondorian invasion of Arnor would lead to a wider war, the king said."
    assert _modalities(nlp, coder, text) == ["hypothetical"]


def test_a_definite_act_with_an_outcome_ahead_stays_told(nlp, coder: Coder) -> None:
    text = "The Gondorian invasion of Arnor could lead to a wider war, the king said."
    assert _modalities(nlp, coder, text) == ["asserted"]
