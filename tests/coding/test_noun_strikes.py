"""Whom an attack named by a noun struck, when the noun is the subject of the verb that tells it
(coding/noun_strikes.py): "Mordor air strikes killed 20 Gondorian civilians" struck the
civilians, on the noun's own event too. Made-up sentences parsed by the real model."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code_text


def _noun_events(nlp, coder: Coder, text: str, noun: str):
    return [e for e in code_text(nlp, coder, text) if e.trigger.text == noun]


def test_the_victims_of_the_verb_are_struck_by_the_attack_noun(nlp, coder: Coder) -> None:
    text = "Mordor air strikes killed 20 Gondorian civilians on Monday."
    events = _noun_events(nlp, coder, text, "strikes")
    assert events
    for event in events:
        assert [m.country for m in event.actor] == ["MDR"]
        assert [(m.country, m.sector) for m in event.recipient] == [("GND", "CVL")]


def test_the_place_the_verb_hit_is_struck_by_the_attack_noun(nlp, coder: Coder) -> None:
    text = "Mordor air strikes hit the city of Osgiliath on Monday."
    events = _noun_events(nlp, coder, text, "strikes")
    assert events
    for event in events:
        assert [m.country for m in event.recipient] == ["GND"]
