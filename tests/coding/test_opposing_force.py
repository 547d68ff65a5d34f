"""recip15: force that names no target of its own ("returned fire", "heavy bombing continued")
hit the other side of the fight told in the same sentence or the one before."""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.coding.events import Coder

from middle_earth import code_text, parties


def _force(nlp: Language, coder: Coder, text: str, trigger: str):
    [event] = [e for e in code_text(nlp, coder, text) if e.trigger.text.startswith(trigger)]
    return event


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the attackers named in the sentence before
        (
            "Orcish gunmen opened fire on a Gondorian patrol. The Gondorian soldiers returned "
            "fire.",
            "returned",
        ),
        # who fired, by the "from" of "came under fire"
        ("Gondorian troops came under fire from Orcish fighters and returned fire.", "returned"),
        # who attacked, in the clause after "after"
        (
            "Gondorian police returned fire after Orcish gunmen attacked their checkpoint.",
            "returned",
        ),
        # a bare noun of force in a story of a fight
        (
            "Orcish fighters attacked Gondorian positions near Bree. Heavy Gondorian bombing "
            "continued on Tuesday.",
            "bombing",
        ),
        # whom the answer wounded, told in a passive with no doer
        ("An Orcish smuggler was wounded when Gondorian police returned fire.", "returned"),
        # a bare noun of force that is a verb's subject hit whom the verb acts on
        ("Heavy Gondorian bombing forced the Orcish rebels to retreat.", "bombing"),
    ],
)
def test_force_with_no_target_hits_the_other_side_of_the_fight(
    nlp: Language, coder: Coder, text: str, trigger: str
) -> None:
    event = _force(nlp, coder, text, trigger)
    assert {p[0] for p in parties(event.actor)} == {"GND"}
    assert {p[0] for p in parties(event.recipient)} == {"MDR"}


def test_returned_fire_with_no_fight_told_has_no_recipient(nlp: Language, coder: Coder) -> None:
    event = _force(nlp, coder, "Gondorian soldiers returned fire.", "returned")
    assert event.recipient == ()


def _threat(nlp: Language, coder: Coder, text: str):
    [event] = [e for e in code_text(nlp, coder, text) if e.event_type == "THREATEN"]
    return event


@pytest.mark.parametrize(
    "text",
    [
        "Orcs attacked a Gondorian border post on Monday. Gondor threatened retaliation.",
        "Orcs attacked a Gondorian border post on Monday. Gondor vowed to retaliate.",
        "Mordor seized two Gondorian ships on Monday. Gondor threatened retaliation.",
        # the weapons fired are no side of the fight
        "Orcs fired rockets at Gondor on Monday. Gondor threatened to retaliate.",
    ],
)
def test_a_threat_to_answer_is_aimed_at_whoever_did_the_act_it_answers(
    nlp: Language, coder: Coder, text: str
) -> None:
    event = _threat(nlp, coder, text)
    assert {p[0] for p in parties(event.actor)} == {"GND"}
    assert {p[0] for p in parties(event.recipient)} == {"MDR"}


@pytest.mark.parametrize(
    "text",
    [
        # no hostile act told beside it: no one to answer
        "Gondor met Arnor on Monday. Gondor threatened retaliation.",
        # a third party's act on another, neither of them the threatener's side
        "The Arnorian army shelled Orcish villages. Gondor threatened to retaliate.",
    ],
)
def test_a_threat_to_answer_no_act_against_the_threatener_has_no_recipient(
    nlp: Language, coder: Coder, text: str
) -> None:
    assert _threat(nlp, coder, text).recipient == ()
