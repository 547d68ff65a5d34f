"""Whom an attack named by a noun struck, when the noun is the subject of the verb that tells it
(coding/noun_strikes.py): "Mordor air strikes killed 20 Gondorian civilians" struck the
civilians, on the noun's own event too. Made-up sentences parsed by the real model."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize(
    "text",
    [
        "Gondorian air strikes that dislodged the Orcs from the pass killed dozens of fighters.",
        "Gondor launched air strikes that hit Mordor's positions near the river.",
        "Gondor carried out air strikes which targeted Orcish positions overnight.",
        "The Gondorian army began an offensive that pushed the Orcs back from the border.",
    ],
)
def test_whom_an_attack_nouns_relative_clause_struck_is_its_recipient(
    nlp, coder: Coder, text: str
) -> None:
    events = [e for e in code_text(nlp, coder, text) if e.event_type == "ASSAULT"]
    assert events
    for event in events:
        assert [m.country for m in event.actor] == ["GND"]
        assert [m.country for m in event.recipient] == ["MDR"]


@pytest.mark.parametrize(
    "text",
    [
        # what was done to the attack, not what it did
        "Gondor launched air strikes that were condemned by Arnor.",
        # a clause of no force names no one struck
        "Gondor launched an offensive that lasted three weeks.",
        # victims placed nowhere take neither side
        "Gondor launched air strikes that killed ten people on Monday.",
    ],
)
def test_a_clause_telling_no_blow_at_another_party_gives_the_attack_no_recipient(
    nlp, coder: Coder, text: str
) -> None:
    [strikes] = [e for e in code_text(nlp, coder, text) if e.event_type == "ASSAULT"]
    assert [m.country for m in strikes.actor] == ["GND"]
    assert strikes.recipient == ()
