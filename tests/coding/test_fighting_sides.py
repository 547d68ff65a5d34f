"""In an act of force, the party one fights for or beside is one's own side, never the party
attacked ("fought for the Taliban", "alongside government troops").

Hand-built parses of the made-up world; rows are (word, lemma, POS, dependency, head index).
"""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code, parties


def _fought(prep: str) -> list[tuple]:
    """ "Arnorian volunteers fought <prep> Mordor in Ithilien." """
    return [
        ("Arnorian", "Arnorian", "ADJ", "amod", 1),
        ("volunteers", "volunteer", "NOUN", "nsubj", 2),
        ("fought", "fight", "VERB", "ROOT", 2),
        (prep, prep, "ADP", "prep", 2),
        ("Mordor", "Mordor", "PROPN", "pobj", 3),
        ("in", "in", "ADP", "prep", 2),
        ("Ithilien", "Ithilien", "PROPN", "pobj", 5),
        (".", ".", "PUNCT", "punct", 2),
    ]


ENTS = ((0, 1, "NORP"), (4, 5, "GPE"), (6, 7, "GPE"))


def test_the_side_fought_for_is_no_recipient(coder: Coder) -> None:
    for prep in ("for", "alongside"):
        events = code(coder, _fought(prep), ents=ENTS)
        assert events, prep
        for event in events:
            assert "MDR" not in [c for c, _, _ in parties(event.recipient)], prep


def test_the_side_fought_against_is_the_recipient(coder: Coder) -> None:
    [event] = code(coder, _fought("against"), ents=ENTS)
    assert [c for c, _, _ in parties(event.recipient)] == ["MDR"]
