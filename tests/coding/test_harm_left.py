"""The harm an attack left behind is that attack's own, one fact ("the bombing left twelve
Gondorians wounded"; made-up world, hand-built parses)."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code


def _left(harm_dep: str, verb: tuple[str, str] = ("left", "leave")) -> list:
    """ "The attack by Mordor <verb> twelve Gondorians wounded." """
    return [
        ("The", "the", "DET", "det", 1),
        ("attack", "attack", "NOUN", "nsubj", 4),
        ("by", "by", "ADP", "prep", 1),
        ("Mordor", "Mordor", "PROPN", "pobj", 2),
        (verb[0], verb[1], "VERB", "ROOT", 4),
        ("twelve", "twelve", "NUM", "nummod", 6),
        ("Gondorians", "Gondorians", "PROPN", "dobj", 4),
        ("wounded", "wound", "VERB", harm_dep, 4),
        (".", ".", "PUNCT", "punct", 4),
    ]


def test_the_harm_an_attack_left_is_no_second_assault(coder: Coder) -> None:
    for dep in ("oprd", "advcl"):  # the parser reads the result either way
        events = code(coder, _left(dep), tags={4: "VBD", 7: "VBN"})
        assert [e.trigger.text for e in events if e.event_type == "ASSAULT"] == ["attack"], dep
