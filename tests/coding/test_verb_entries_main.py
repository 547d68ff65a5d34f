"""Main events of real news no entry named: weapons recovered, treatment flown to the sick.

Hand-built parses of the made-up world; rows are (word, lemma, POS, dependency, head index).
"""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code, dyad

PUNCT = (".", ".", "PUNCT", "punct")


def _took(verb: tuple[str, str], thing: tuple[str, str], prep: str = "from") -> list[tuple]:
    """ "Gondor <verb> <thing> <prep> Arnor." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        (*verb, "VERB", "ROOT", 1),
        (*thing, "NOUN", "dobj", 1),
        (prep, prep, "ADP", "prep", 1),
        ("Arnor", "Arnor", "PROPN", "pobj", 3),
        (*PUNCT, 1),
    ]


def test_weapons_recovered_from_a_party_are_seized_from_it(coder: Coder) -> None:
    [event] = code(coder, _took(("recovered", "recover"), ("rifles", "rifle")))
    assert event.cameo == "1711" and dyad(event) == ("GND", "COERCE", "ARN")


def test_other_things_recovered_are_no_seizure(coder: Coder) -> None:
    # "recovered the bodies", "recovered ground": not weapons taken from anyone.
    assert code(coder, _took(("recovered", "recover"), ("bodies", "body"))) == ()
    assert code(coder, _took(("recovered", "recover"), ("ground", "ground"))) == ()


def test_treatment_flown_to_a_party_is_humanitarian_aid(coder: Coder) -> None:
    rows = _took(("flew", "fly"), ("antidotes", "antidote"), prep="to")
    [event] = code(coder, rows)
    assert event.cameo == "073" and dyad(event) == ("GND", "AID", "ARN")


def test_a_plane_flown_to_a_party_is_no_aid(coder: Coder) -> None:
    rows = _took(("flew", "fly"), ("plane", "plane"), prep="to")
    assert not [e for e in code(coder, rows) if e.event_type == "AID"]


def test_treatment_flown_in_for_a_party_is_humanitarian_aid(coder: Coder) -> None:
    # "Gondor has flown in antidotes for Arnor": "in" a particle heading the thing flown.
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 2),
        ("has", "have", "AUX", "aux", 2),
        ("flown", "fly", "VERB", "ROOT", 2),
        ("in", "in", "ADP", "prep", 2),
        ("antidotes", "antidote", "NOUN", "pobj", 3),
        ("for", "for", "ADP", "prep", 2),
        ("Arnor", "Arnor", "PROPN", "pobj", 5),
        (*PUNCT, 2),
    ]
    [event] = code(coder, rows)
    assert event.cameo == "073" and dyad(event) == ("GND", "AID", "ARN")


def test_a_party_flown_in_is_no_aid(coder: Coder) -> None:
    # "Gondor has flown in envoys for Arnor": people flown in are no relief given.
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 2),
        ("has", "have", "AUX", "aux", 2),
        ("flown", "fly", "VERB", "ROOT", 2),
        ("in", "in", "ADP", "prep", 2),
        ("envoys", "envoy", "NOUN", "pobj", 3),
        ("for", "for", "ADP", "prep", 2),
        ("Arnor", "Arnor", "PROPN", "pobj", 5),
        (*PUNCT, 2),
    ]
    assert not [e for e in code(coder, rows) if e.event_type == "AID"]
