"""Recorded media made public are a statement, never a release of persons (CAMEO 0841).

Hand-built parses of the made-up world; rows are (word, lemma, POS, dependency, head index).
"""

from __future__ import annotations

import pytest

from detente.coding.events import Coder

from middle_earth import code


@pytest.mark.parametrize("medium", ["videotape", "audiotape", "cassette"])
def test_a_recording_released_frees_no_one(coder: Coder, medium: str) -> None:
    # "Gondor released the <medium> on Monday."
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("released", "release", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        (medium, medium, "NOUN", "dobj", 1),
        ("on", "on", "ADP", "prep", 1),
        ("Monday", "Monday", "PROPN", "pobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]
    events = code(coder, rows, ents=((0, 1, "GPE"),))
    assert "0841" not in [e.cameo for e in events]
    assert "RETREAT" not in [e.event_type for e in events]
