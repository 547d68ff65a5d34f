"""What would have happened is no intent announced: "Mordor would have attacked Gondor" keeps the
attack's own code, hypothetical, while "Mordor would attack Gondor" is a threat (made-up world,
hand-built parses)."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code


def _would(*aux: str, verb: tuple[str, str] = ("attack", "VB")) -> tuple[list, dict]:
    """ "Mordor <aux...> <verb> Gondor." and its tags."""
    head = 1 + len(aux)
    rows = [
        ("Mordor", "Mordor", "PROPN", "nsubj", head),
        *((word, word if word != "have" else "have", "AUX", "aux", head) for word in aux),
        (verb[0], "attack", "VERB", "ROOT", head),
        ("Gondor", "Gondor", "PROPN", "dobj", head),
        (".", ".", "PUNCT", "punct", head),
    ]
    tags = {0: "NNP", head: verb[1], head + 1: "NNP"}
    tags.update({1 + i: ("VB" if word == "have" else "MD") for i, word in enumerate(aux)})
    return rows, tags


def test_a_modal_with_the_perfect_tells_what_would_have_happened(coder: Coder) -> None:
    for modal in ("would", "could", "might"):
        rows, tags = _would(modal, "have", verb=("attacked", "VBN"))
        [event] = code(coder, rows, tags=tags)
        assert (event.event_type, event.modality) == ("ASSAULT", "hypothetical"), modal
        assert "would have happened" in (event.modality_cue or "")


def test_a_modal_without_the_perfect_still_announces_a_threat(coder: Coder) -> None:
    rows, tags = _would("would")
    [event] = code(coder, rows, tags=tags)
    assert (event.event_type, event.modality) == ("THREATEN", "hypothetical")
