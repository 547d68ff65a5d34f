"""Prisoners released in the passive with no agent are freed by the authorities where it
happened (coding/held_releases.py, CAMEO 0841): "Arnorian prisoners were released in
Osgiliath". Hostages, whom kidnappers hold too, are not. Hand-built parses of the made-up
world; rows are (word, lemma, POS, dependency, head index)."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code, dyad

PUNCT = (".", ".", "PUNCT", "punct")


def _released_in_osgiliath(noun: str, lemma: str) -> list:
    """ "Arnorian <noun> were released in Osgiliath." """
    return [
        ("Arnorian", "arnorian", "ADJ", "amod", 1),
        (noun, lemma, "NOUN", "nsubjpass", 3),
        ("were", "be", "AUX", "auxpass", 3),
        ("released", "release", "VERB", "ROOT", 3),
        ("in", "in", "ADP", "prep", 3),
        ("Osgiliath", "Osgiliath", "PROPN", "pobj", 4),
        (*PUNCT, 3),
    ]


def test_prisoners_released_with_no_agent_are_freed_by_the_places_authorities(
    coder: Coder,
) -> None:
    rows = _released_in_osgiliath("prisoners", "prisoner")
    [event] = [e for e in code(coder, rows, ents=((5, 6, "GPE"),)) if e.cameo == "0841"]
    assert dyad(event) == ("GND", "RETREAT", "ARN")
    assert [m.sector for m in event.actor] == ["GOV"]


def test_hostages_released_with_no_agent_name_no_one_who_freed_them(coder: Coder) -> None:
    rows = _released_in_osgiliath("hostages", "hostage")
    assert not [e for e in code(coder, rows, ents=((5, 6, "GPE"),)) if e.cameo == "0841"]
