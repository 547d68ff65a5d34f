"""Acts told as where things will end up: a prediction, no intent of their doer (made-up world,
hand-built parses; coding/foreseen_senses.py). A minimal pair: the same act announced is coded."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code


def _types(events) -> list[str]:
    return [e.event_type for e in events]


def test_an_act_told_as_where_things_will_end_up_is_a_prediction(coder: Coder) -> None:
    # "Mordor will end up attacking Gondor."
    rows = [("Mordor", "Mordor", "PROPN", "nsubj", 2), ("will", "will", "AUX", "aux", 2),
            ("end", "end", "VERB", "ROOT", 2), ("up", "up", "ADP", "prt", 2),
            ("attacking", "attack", "VERB", "xcomp", 2), ("Gondor", "Gondor", "PROPN", "dobj", 4),
            (".", ".", "PUNCT", "punct", 2)]  # fmt: skip
    tags = {0: "NNP", 1: "MD", 2: "VB", 3: "RP", 4: "VBG", 5: "NNP"}
    assert _types(code(coder, rows, tags=tags)) == []
    # "Mordor will attack Gondor.": an intent announced, coded
    rows = [("Mordor", "Mordor", "PROPN", "nsubj", 2), ("will", "will", "AUX", "aux", 2),
            ("attack", "attack", "VERB", "ROOT", 2), ("Gondor", "Gondor", "PROPN", "dobj", 2),
            (".", ".", "PUNCT", "punct", 2)]  # fmt: skip
    assert _types(code(coder, rows, tags={0: "NNP", 1: "MD", 2: "VB", 3: "NNP"})) != []
