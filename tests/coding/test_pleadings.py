"""What a pleading tells is alleged: "according to the lawsuit, soldiers detained him", "the
arrest, described in a civil claim"; the charge a pleading itself brings stays told as done
(made-up world, parsed by the real model; coding/claims.py)."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code_text


def _modalities(nlp, coder: Coder, text: str, event_type: str) -> list[str]:
    return [e.modality for e in code_text(nlp, coder, text) if e.event_type == event_type]


def test_what_a_pleading_tells_is_alleged(nlp, coder: Coder) -> None:
    told = [
        "According to the lawsuit, Gondorian soldiers detained the Arnorian journalist.",
        "The family said in the complaint that Gondorian police shot the Arnorian student.",
        "The arrest of the journalist by Gondorian police, described in a civil claim filed on "
        "Monday, was unlawful.",
    ]
    for text in told:
        assert _modalities(nlp, coder, text, "COERCE") + _modalities(
            nlp, coder, text, "ASSAULT"
        ) == ["hypothetical"], text


def test_the_charge_a_pleading_brings_is_told_as_done(nlp, coder: Coder) -> None:
    text = "Gondorian prosecutors charged the Arnorian minister with fraud, the indictment said."
    assert _modalities(nlp, coder, text, "ACCUSE") == ["asserted"]
