"""A charge or an arrest "for/with the murder of X" names the harm's victim, never the party
charged or arrested: the search for an unplaced recipient does not enter the harm's "of" phrase.

Hand-built parses of the made-up world; rows are (word, lemma, POS, dependency, head index).
"""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code


def _remanded(harm: tuple[str, str]) -> list[tuple]:
    """ "He was remanded after being charged with the <harm> of Denethor in Bree." """
    return [
        ("He", "he", "PRON", "nsubjpass", 2),
        ("was", "be", "AUX", "auxpass", 2),
        ("remanded", "remand", "VERB", "ROOT", 2),
        ("after", "after", "ADP", "prep", 2),
        ("being", "be", "AUX", "auxpass", 5),
        ("charged", "charge", "VERB", "pcomp", 3),
        ("with", "with", "ADP", "prep", 5),
        ("the", "the", "DET", "det", 8),
        (*harm, "NOUN", "pobj", 6),
        ("of", "of", "ADP", "prep", 8),
        ("Denethor", "Denethor", "PROPN", "pobj", 9),
        ("in", "in", "ADP", "prep", 2),
        ("Bree", "Bree", "PROPN", "pobj", 11),
        (".", ".", "PUNCT", "punct", 2),
    ]


ENTS = ((10, 11, "PERSON"), (12, 13, "GPE"))


def test_the_victim_of_the_harm_charged_is_no_recipient(coder: Coder) -> None:
    for harm in (("murder", "murder"), ("killing", "killing")):
        events = code(coder, _remanded(harm), ents=ENTS)
        for event in events:
            assert "Denethor" not in [m.text for m in event.recipient], (harm, event.pattern_id)


def test_a_victim_named_outside_a_charge_is_still_found(coder: Coder) -> None:
    # "Orcs attacked Denethor": the person attacked is the recipient of the attack itself
    rows = [
        ("Orcs", "orc", "PROPN", "nsubj", 1),
        ("attacked", "attack", "VERB", "ROOT", 1),
        ("Denethor", "Denethor", "PROPN", "dobj", 1),
        ("in", "in", "ADP", "prep", 1),
        ("Bree", "Bree", "PROPN", "pobj", 3),
        (".", ".", "PUNCT", "punct", 1),
    ]
    events = code(coder, rows, ents=((0, 1, "NORP"), (2, 3, "PERSON"), (4, 5, "GPE")))
    assert events
    assert [m.text for m in events[0].recipient] == ["Denethor"]
