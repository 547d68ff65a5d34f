"""Armed forces known by a name ("sent the White Guard to Ithilien") are the forces a verb of
sending takes as its object; another name stays a party (coding/named_forces.py). Hand-built
parses of the made-up world; rows are (word, lemma, POS, dependency, head index)."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code

PUNCT = (".", ".", "PUNCT", "punct")


def _sent(head: str) -> list:
    """ "Gondor sent the White <head> to Ithilien." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("sent", "send", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 4),
        ("White", "White", "PROPN", "compound", 4),
        (head, head, "PROPN", "dobj", 1),
        ("to", "to", "ADP", "prep", 1),
        ("Ithilien", "Ithilien", "PROPN", "pobj", 5),
        (*PUNCT, 1),
    ]


def test_a_named_guard_sent_is_a_mobilisation(coder: Coder) -> None:
    events = code(coder, _sent("Guard"), ents=((2, 5, "ORG"), (6, 7, "GPE")))
    [event] = [e for e in events if e.event_type == "MOBILIZE"]
    assert [m.country for m in event.actor] == ["GND"]


def test_a_named_army_sent_is_a_mobilisation(coder: Coder) -> None:
    events = code(coder, _sent("Army"), ents=((2, 5, "ORG"), (6, 7, "GPE")))
    assert [e.event_type for e in events if e.event_type == "MOBILIZE"] == ["MOBILIZE"]


def test_another_name_sent_is_no_force(coder: Coder) -> None:
    # "Gondor sent the White Council to Ithilien": a body of counsellors, no forces
    events = code(coder, _sent("Council"), ents=((2, 5, "ORG"), (6, 7, "GPE")))
    assert not [e for e in events if e.event_type == "MOBILIZE"]
