"""A title word after a given name is a surname ("Jaime King"), not a role (made-up world)."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code, parties


def _attacked(name: list[tuple]) -> list[tuple]:
    """ "Orcs attacked <name> in Osgiliath." with the name's last word at 1 + len(name)."""
    n = len(name)
    return [
        ("Orcs", "Orcs", "PROPN", "nsubj", 1),
        ("attacked", "attack", "VERB", "ROOT", 1),
        *name,
        ("in", "in", "ADP", "prep", 1),
        ("Osgiliath", "Osgiliath", "PROPN", "pobj", n + 2),
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_a_title_after_a_given_name_is_a_surname(coder: Coder) -> None:
    # "Orcs attacked Jaime King in Osgiliath."
    [event] = code(
        coder,
        _attacked(
            [
                ("Jaime", "Jaime", "PROPN", "compound", 3),
                ("King", "King", "PROPN", "dobj", 1),
            ]
        ),
    )
    assert [sector for _, sector, _ in parties(event.recipient)] != ["GOV"]
    # "Orcs attacked the Gondorian King in Osgiliath." attacks the head of state
    [event] = code(
        coder,
        _attacked(
            [
                ("the", "the", "DET", "det", 4),
                ("Gondorian", "Gondorian", "ADJ", "amod", 4),
                ("King", "King", "PROPN", "dobj", 1),
            ]
        ),
    )
    assert [(c, s) for c, s, _ in parties(event.recipient)] == [("GND", "GOV")]
