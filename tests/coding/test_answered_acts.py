"""An act named as what another act answers ("in revenge for an ambush", "in retaliation for
the raids") was the other side's: the answering clause's subject did not do it.

Hand-built parses of the made-up world; rows are (word, lemma, POS, dependency, head index).
"""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code, parties


def _answered(noun: str) -> list[tuple]:
    """ "Gondor shelled Udun in <noun> for an ambush on Gondorian guards." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("shelled", "shell", "VERB", "ROOT", 1),
        ("Udun", "Udun", "PROPN", "dobj", 1),
        ("in", "in", "ADP", "prep", 1),
        (noun, noun, "NOUN", "pobj", 3),
        ("for", "for", "ADP", "prep", 4),
        ("an", "an", "DET", "det", 7),
        ("ambush", "ambush", "NOUN", "pobj", 5),
        ("on", "on", "ADP", "prep", 7),
        ("Gondorian", "Gondorian", "ADJ", "amod", 10),
        ("guards", "guard", "NOUN", "pobj", 8),
        (".", ".", "PUNCT", "punct", 1),
    ]


ENTS = ((0, 1, "GPE"), (2, 3, "GPE"), (9, 10, "NORP"))


def test_the_act_answered_is_not_the_answerers(coder: Coder) -> None:
    for noun in ("revenge", "retaliation"):
        events = code(coder, _answered(noun), ents=ENTS)
        ambushes = [e for e in events if e.trigger.text == "ambush"]
        assert all("GND" not in [c for c, _, _ in parties(e.actor)] for e in ambushes), noun
        assert [e.trigger.text for e in events if e.trigger.text == "shelled"], noun


def test_an_act_under_other_nouns_keeps_the_clauses_subject(coder: Coder) -> None:
    # "Gondor shelled Udun in preparation for an ambush": Gondor's own ambush
    events = code(coder, _answered("preparation"), ents=ENTS)
    [ambush] = [e for e in events if e.trigger.text == "ambush"]
    assert [c for c, _, _ in parties(ambush.actor)] == ["GND"]
