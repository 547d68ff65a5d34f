"""A protest's implied target, the protesters' own government, points at the words that name
it when the sentence has them ("protesting *the state's* plan"), not at the protesters
(recip13).

Hand-built parses of the made-up world; rows are (word, lemma, POS, dependency, head index).
"""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code, parties


def test_the_state_protested_is_the_protesters_government_by_its_own_words(coder: Coder) -> None:
    """ "Osgiliath teachers went on strike, protesting the state's plan." """
    rows = [
        ("Osgiliath", "Osgiliath", "PROPN", "compound", 1),
        ("teachers", "teacher", "NOUN", "nsubj", 2),
        ("went", "go", "VERB", "ROOT", 2),
        ("on", "on", "ADP", "prep", 2),
        ("strike", "strike", "NOUN", "pobj", 3),
        (",", ",", "PUNCT", "punct", 2),
        ("protesting", "protest", "VERB", "advcl", 2),
        ("the", "the", "DET", "det", 8),
        ("state", "state", "NOUN", "poss", 10),
        ("'s", "'s", "PART", "case", 8),
        ("plan", "plan", "NOUN", "dobj", 6),
        (".", ".", "PUNCT", "punct", 2),
    ]
    events = code(coder, rows, ents=((0, 1, "GPE"),), tags={6: "VBG"})
    assert events
    for event in events:
        assert parties(event.recipient) == [("GND", "GOV", "implied")]
        assert [m.text for m in event.recipient] == ["the state"]
