"""actors15: a machine of force named with no owner is not the side it strikes. The warplanes
after "Arnorian troops fired at Gondorian jets" are no Arnorian warplanes when they bomb an
Arnorian army post: the story does not say whose they are. A strike on rebels of the same
country keeps the guess (a state's forces fight its own insurgents)."""

from __future__ import annotations

from detente.coding.unowned_arms import unowned_arms
from detente.records import ActorMention

from middle_earth import code_text


def _m(text: str, country: str | None, sector: str | None, rule: str) -> ActorMention:
    return ActorMention(text=text, start=0, end=len(text), country=country, sector=sector,
                        rule=rule)  # fmt: skip


def test_guessed_warplanes_are_not_of_the_army_they_strike() -> None:
    actor = (_m("Warplanes", "ARN", "MIL", "reference"),)
    struck = (_m("an Arnorian army post", "ARN", None, "agent"),)
    assert [m.country for m in unowned_arms(actor, struck)] == [None]


def test_guessed_gunships_keep_their_country_against_that_countrys_rebels() -> None:
    actor = (_m("Helicopter gunships", "ARN", "MIL", "reference"),)
    struck = (_m("the rebels' positions", "ARN", "REB", "context"),)
    assert [m.country for m in unowned_arms(actor, struck)] == ["ARN"]


def test_an_owner_named_in_the_phrase_stands() -> None:
    actor = (_m("Arnorian warplanes", "ARN", "MIL", "demonym"),)
    struck = (_m("an Arnorian army post", "ARN", None, "agent"),)
    assert [m.country for m in unowned_arms(actor, struck)] == ["ARN"]


def test_a_party_that_is_no_instrument_stands() -> None:
    actor = (_m("the troops", "ARN", "MIL", "reference"),)
    struck = (_m("Arnorian villagers", "ARN", "CVL", "agent"),)
    assert [m.country for m in unowned_arms(actor, struck)] == ["ARN"]


def test_a_suicide_bomber_is_a_person_not_a_machine() -> None:
    actor = (_m("A suicide bomber", "ARN", "UAF", "reference"),)
    struck = (_m("Arnor's parliament", "ARN", "LEG", "org"),)
    assert [m.country for m in unowned_arms(actor, struck)] == ["ARN"]


def test_a_guess_of_another_country_stands() -> None:
    actor = (_m("Warplanes", "GND", "MIL", "reference"),)
    struck = (_m("an Arnorian army post", "ARN", None, "agent"),)
    assert [m.country for m in unowned_arms(actor, struck)] == ["GND"]


def test_warplanes_after_the_struck_sides_own_fire_are_not_its(nlp, coder) -> None:
    text = ("Arnorian troops fired at Gondorian jets on Monday. "
            "Warplanes then bombed an Arnorian army post near the border.")  # fmt: skip
    events = code_text(nlp, coder, text)
    bombed = [e for e in events if e.trigger.text.startswith("bombed")]
    assert all(m.country != "ARN" for e in bombed for m in e.actor)


def test_guessed_armoured_vehicles_are_not_of_the_side_they_strike() -> None:
    # actors16: a machine named by two words ("armoured vehicles", "personnel carriers")
    for text in ("Armoured vehicles", "armored personnel carriers"):
        actor = (_m(text, "ARN", "MIL", "reference"),)
        struck = (_m("an Arnorian police post", "ARN", "COP", "agent"),)
        assert [m.country for m in unowned_arms(actor, struck)] == [None]
