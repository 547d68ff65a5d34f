"""A past participle used as a noun for people ("the injured", "its wounded") names those the
act was done to: no event with an actor of its own. Made-up world, parsed by the real model."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code_text, dyad


def _assaults(nlp, coder: Coder, text: str) -> list[tuple[str, str, str]]:
    return [dyad(e) for e in code_text(nlp, coder, text) if e.event_type == "ASSAULT"]


def test_those_who_carry_the_injured_did_not_injure_them(nlp, coder: Coder) -> None:
    text = "The injured were taken to a hospital in Osgiliath by Gondorian soldiers."
    assert _assaults(nlp, coder, text) == []


def test_those_counted_among_the_injured_did_not_injure(nlp, coder: Coder) -> None:
    text = "Among the injured were three Gondorian soldiers, Arnor said."
    assert _assaults(nlp, coder, text) == []


def test_a_participle_with_its_own_subject_is_still_an_act(nlp, coder: Coder) -> None:
    text = "Orcish soldiers wounded three Gondorian soldiers."
    assert _assaults(nlp, coder, text) == [("MDR", "ASSAULT", "GND")]
    # an adjective before a noun stays a modifier of the party, which still acts
    events = code_text(nlp, coder, "An injured Gondorian soldier accused the Orcs of firing.")
    assert [dyad(e) for e in events if e.event_type == "ACCUSE"] == [("GND", "ACCUSE", "MDR")]
