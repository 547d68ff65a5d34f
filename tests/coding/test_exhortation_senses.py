"""Appeals for a feeling: an exhortation, no request of a party (made-up world, hand-built
parses; coding/exhortation_senses.py). Minimal pairs: an appeal for an act is coded."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code


def _types(events) -> list[str]:
    return [e.event_type for e in events]


def _urged(*asked: tuple) -> list[tuple]:
    # "Gondor's king urged <asked> among Arnor's people." (asked heads at index 5)
    return [("Gondor", "Gondor", "PROPN", "poss", 2), ("'s", "'s", "PART", "case", 0),
            ("king", "king", "NOUN", "nsubj", 3), ("urged", "urge", "VERB", "ROOT", 3),
            *asked, (".", ".", "PUNCT", "punct", 3)]  # fmt: skip


def test_an_appeal_for_love_is_an_exhortation(coder: Coder) -> None:
    # "Gondor's king urged a warming of love."
    rows = _urged(("a", "a", "DET", "det", 5), ("warming", "warming", "NOUN", "dobj", 3),
                  ("of", "of", "ADP", "prep", 5), ("love", "love", "NOUN", "pobj", 6))
    tags = {0: "NNP", 1: "POS", 2: "NN", 3: "VBD", 4: "DT", 5: "NN", 6: "IN", 7: "NN"}
    assert _types(code(coder, rows, tags=tags)) == []


def test_an_appeal_for_an_act_of_a_party_stays(coder: Coder) -> None:
    # "Gondor's king urged a withdrawal of Mordor."
    rows = _urged(("a", "a", "DET", "det", 5), ("withdrawal", "withdrawal", "NOUN", "dobj", 3),
                  ("of", "of", "ADP", "prep", 5), ("Mordor", "Mordor", "PROPN", "pobj", 6))
    tags = {0: "NNP", 1: "POS", 2: "NN", 3: "VBD", 4: "DT", 5: "NN", 6: "IN", 7: "NNP"}
    assert _types(code(coder, rows, tags=tags)) != []
