"""Those a participle of violence or arrest acted on, named through "those" and "among": "X
were among those killed" makes X its recipient, never its actor (recip13).

Hand-built parses of the made-up world; rows are (word, lemma, POS, dependency, head index).
"""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code, dyad


def test_people_among_those_killed_are_no_killers(coder: Coder) -> None:
    rows = [
        ("Gondorians", "Gondorians", "PROPN", "nsubj", 1),
        ("were", "be", "AUX", "ROOT", 1),
        ("among", "among", "ADP", "prep", 1),
        ("those", "those", "PRON", "pobj", 2),
        ("killed", "kill", "VERB", "acl", 3),
        ("in", "in", "ADP", "prep", 4),
        ("Udun", "Udun", "PROPN", "pobj", 5),
        (".", ".", "PUNCT", "punct", 1),
    ]
    events = code(coder, rows, ents=((0, 1, "NORP"), (6, 7, "GPE")), tags={4: "VBN"})
    assert all("GND" not in dyad(event)[0] for event in events)
    assert all(dyad(event)[2] == "GND" for event in events)


def test_the_one_counted_among_those_arrested_is_arrested(coder: Coder) -> None:
    rows = [
        ("Among", "among", "ADP", "prep", 6),
        ("those", "those", "PRON", "pobj", 0),
        ("arrested", "arrest", "VERB", "acl", 1),
        ("by", "by", "ADP", "agent", 2),
        ("Gondorian", "Gondorian", "ADJ", "amod", 5),
        ("police", "police", "NOUN", "pobj", 3),
        ("was", "be", "AUX", "ROOT", 6),
        ("an", "an", "DET", "det", 8),
        ("Arnorian", "Arnorian", "PROPN", "attr", 6),
        (".", ".", "PUNCT", "punct", 6),
    ]
    [event] = code(coder, rows, ents=((4, 5, "NORP"), (8, 9, "NORP")), tags={2: "VBN"})
    assert dyad(event) == ("GND", "COERCE", "ARN")


def test_people_among_a_group_of_their_own_are_not_acted_on(coder: Coder) -> None:
    """ "Gondorians were among the protesters": no participle, no one acted on."""
    rows = [
        ("Gondorians", "Gondorians", "PROPN", "nsubj", 1),
        ("were", "be", "AUX", "ROOT", 1),
        ("among", "among", "ADP", "prep", 1),
        ("the", "the", "DET", "det", 4),
        ("protesters", "protester", "NOUN", "pobj", 2),
        (".", ".", "PUNCT", "punct", 1),
    ]
    events = code(coder, rows, ents=((0, 1, "NORP"),))
    assert all(dyad(event)[2] != "GND" for event in events)
