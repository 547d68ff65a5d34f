"""An attack that names its side ("Israeli air strikes") has that side as attacker."""

from __future__ import annotations

from detente.coding.events import Coder
from detente.records import Event

from middle_earth import code, parties


def _killed_in(modifiers: list[tuple[str, str, str, str]]) -> list:
    """ "Three Arnorian soldiers were killed in a <modifiers> strike in Bree." """
    noun = 7 + len(modifiers)
    rows = [
        ("Three", "three", "NUM", "nummod", 2),
        ("Arnorian", "Arnorian", "ADJ", "amod", 2),
        ("soldiers", "soldier", "NOUN", "nsubjpass", 4),
        ("were", "be", "AUX", "auxpass", 4),
        ("killed", "kill", "VERB", "ROOT", 4),
        ("in", "in", "ADP", "prep", 4),
        ("a", "a", "DET", "det", noun),
        *[(w, lemma, pos, dep, noun) for w, lemma, pos, dep in modifiers],
        ("strike", "strike", "NOUN", "pobj", 5),
        ("in", "in", "ADP", "prep", noun),
        ("Bree", "Bree", "PROPN", "pobj", noun + 1),
        (".", ".", "PUNCT", "punct", 4),
    ]
    return rows


def _killing(events: tuple[Event, ...]) -> Event:
    [event] = [e for e in events if e.pattern_id == "assault.kill"]
    return event


def test_an_attack_named_by_a_people_is_that_peoples(coder: Coder) -> None:
    # "... killed in a Mordorian air strike in Bree": Mordor struck, in Arnor
    rows = _killed_in(
        [("Mordorian", "Mordorian", "ADJ", "amod"), ("air", "air", "NOUN", "compound")]
    )
    event = _killing(code(coder, rows))
    assert parties(event.actor) == [("MDR", None, "user")]
    assert event.actor[0].text == "Mordorian"


def test_an_attack_named_by_a_state_is_that_states(coder: Coder) -> None:
    # "... killed in a Gondor drone strike in Bree": the state before the sector word
    rows = _killed_in(
        [("Gondor", "Gondor", "PROPN", "compound"), ("drone", "drone", "NOUN", "compound")]
    )
    assert parties(_killing(code(coder, rows)).actor) == [("GND", None, "user")]


def test_a_machines_attack_named_only_by_its_kind_is_of_no_known_side(coder: Coder) -> None:
    # actors18: "... killed in a drone strike in Bree": no side named, and a drone is flown by
    # a state or an army that may well not be Arnor's: no unidentified forces of Arnor
    rows = _killed_in([("drone", "drone", "NOUN", "compound")])
    assert not [e for e in code(coder, rows) if e.pattern_id == "assault.kill"]


def test_an_attack_named_only_by_a_kind_is_still_unattributed(coder: Coder) -> None:
    # "... killed in a suicide strike in Bree": no side named, so unidentified forces of Arnor
    rows = _killed_in([("suicide", "suicide", "NOUN", "compound")])
    assert parties(_killing(code(coder, rows)).actor) == [("ARN", "UAF", "unattributed")]
