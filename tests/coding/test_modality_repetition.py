"""Acts repeated up to now, told in the perfect ("has repeatedly criticised Gondor"), are a record,
background to the story; the same adverb in the simple past tells acts done (made-up world,
parsed by the real model; english.yaml habitual_adverbs, modality.py standing stances)."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code_text


def _modalities(nlp, coder: Coder, text: str) -> list[str]:
    return [e.modality for e in code_text(nlp, coder, text) if e.event_type == "ACCUSE"]


def test_acts_repeated_up_to_now_are_background(nlp, coder: Coder) -> None:
    text = "The Arnorian king has repeatedly criticised Gondor."
    assert _modalities(nlp, coder, text) == ["historical"]


def test_acts_repeated_in_the_simple_past_are_told(nlp, coder: Coder) -> None:
    text = "The Arnorian king repeatedly criticised Gondor on Monday."
    assert _modalities(nlp, coder, text) == ["asserted"]
