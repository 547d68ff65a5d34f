"""An attack named as the subject of its violence: whom it was aimed at never did it."""

from __future__ import annotations

from detente.coding.events import Coder
from detente.records import Event

from middle_earth import code, parties


def _attack_killed(owner: list[tuple[str, str, str, str]], by: list[tuple]) -> list:
    """ "The <owner> attack on the Gondorian council [by ...] killed twelve soldiers in Bree." """
    n = len(owner)
    noun = 1 + n
    rows: list[tuple] = [
        ("The", "the", "DET", "det", noun),
        *[(w, lemma, pos, dep, noun) for w, lemma, pos, dep in owner],
        ("attack", "attack", "NOUN", "nsubj", 0),  # head fixed below
        ("on", "on", "ADP", "prep", noun),
        ("the", "the", "DET", "det", noun + 4),
        ("Gondorian", "Gondorian", "ADJ", "amod", noun + 4),
        ("council", "council", "NOUN", "pobj", noun + 1),
    ]
    rows.extend(by)
    verb = len(rows)
    rows[noun] = ("attack", "attack", "NOUN", "nsubj", verb)
    rows.extend(
        [
            ("killed", "kill", "VERB", "ROOT", verb),
            ("twelve", "twelve", "NUM", "nummod", verb + 2),
            ("soldiers", "soldier", "NOUN", "dobj", verb),
            ("in", "in", "ADP", "prep", verb),
            ("Bree", "Bree", "PROPN", "pobj", verb + 3),
            (".", ".", "PUNCT", "punct", verb),
        ]
    )
    return rows


def _killing(events: tuple[Event, ...]) -> Event | None:
    found = [e for e in events if e.pattern_id == "assault.kill"]
    return found[0] if found else None


def test_the_target_of_an_attack_is_not_its_attacker(coder: Coder) -> None:
    # "The attack on the Gondorian council killed twelve soldiers in Bree": attackers unnamed,
    # of the place where it happened, never the council attacked
    event = _killing(code(coder, _attack_killed([], [])))
    assert event is not None
    assert parties(event.actor) == [("ARN", "UAF", "unattributed")]


def test_an_attack_named_by_a_people_is_that_peoples_despite_its_target(coder: Coder) -> None:
    # "The Mordorian attack on the Gondorian council killed ...": Mordor attacked
    owner = [("Mordorian", "Mordorian", "ADJ", "amod")]
    event = _killing(code(coder, _attack_killed(owner, [])))
    assert event is not None
    assert [p[0] for p in parties(event.actor)] == ["MDR"]


def test_an_attack_by_a_named_party_is_that_partys(coder: Coder) -> None:
    # "The attack on the Gondorian council by Mordorian soldiers killed ...": its "by" phrase
    by = [
        ("by", "by", "ADP", "prep", 1),
        ("Mordorian", "Mordorian", "ADJ", "amod", 8),
        ("soldiers", "soldier", "NOUN", "pobj", 6),
    ]
    event = _killing(code(coder, _attack_killed([], by)))
    assert event is not None
    assert [p[:2] for p in parties(event.actor)] == [("MDR", "MIL")]


def test_a_which_clause_hung_on_the_target_tells_what_the_attack_did(coder: Coder) -> None:
    # "Gondor condemned the attack on the Arnorian council, which killed twelve soldiers in
    # Bree.": the parser hangs "which killed" on the council; the attack killed them
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("condemned", "condemn", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("attack", "attack", "NOUN", "dobj", 1),
        ("on", "on", "ADP", "prep", 3),
        ("the", "the", "DET", "det", 7),
        ("Arnorian", "Arnorian", "ADJ", "amod", 7),
        ("council", "council", "NOUN", "pobj", 4),
        (",", ",", "PUNCT", "punct", 7),
        ("which", "which", "PRON", "nsubj", 10),
        ("killed", "kill", "VERB", "relcl", 7),
        ("twelve", "twelve", "NUM", "nummod", 12),
        ("soldiers", "soldier", "NOUN", "dobj", 10),
        ("in", "in", "ADP", "prep", 10),
        ("Bree", "Bree", "PROPN", "pobj", 13),
        (".", ".", "PUNCT", "punct", 1),
    ]
    event = _killing(code(coder, rows, tags={9: "WDT", 10: "VBD"}))
    assert event is not None
    assert parties(event.actor) == [("ARN", "UAF", "unattributed")]
