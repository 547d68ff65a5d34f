"""A meeting planned, expected or hoped for is no meeting held ("a meeting is planned for March",
"a summit, which officials hope will take place in May"); an act named as threatened is its
owner's threat ("Gondor's threatened attacks"); an event noun whose own relative clause is dated
long before the story is background ("bombings that have killed 300 people since 1994")
(made-up world, parsed by the real model)."""

from __future__ import annotations

from detente.coding.events import Coder
from detente.records import Event

from middle_earth import code_text


def _one(nlp, coder: Coder, text: str, event_type: str) -> Event:
    [event] = [e for e in code_text(nlp, coder, text) if e.event_type == event_type]
    return event


def test_a_meeting_planned_or_expected_in_the_present_is_not_held(nlp, coder: Coder) -> None:
    planned = "A meeting between Gondor and Arnor is planned for March."
    expected = "A summit between Gondor and Arnor is expected to take place next month."
    assert _one(nlp, coder, planned, "CONSULT").modality == "hypothetical"
    assert _one(nlp, coder, expected, "CONSULT").modality == "future"


def test_a_meeting_that_took_place_is_held(nlp, coder: Coder) -> None:
    held = "A summit between Gondor and Arnor took place on Monday."
    assert _one(nlp, coder, held, "CONSULT").modality == "asserted"


def test_a_summit_a_relative_clause_hopes_for_is_not_held(nlp, coder: Coder) -> None:
    text = (
        "The summit between Gondor and Arnor, which officials hope will take place in May, "
        "would be the first in a decade."
    )
    event = _one(nlp, coder, text, "CONSULT")
    assert event.modality in ("future", "hypothetical")
    assert event.cameo.startswith("04")  # the officials' hope is not the parties' intent


def test_an_act_named_as_threatened_is_its_owners_threat(nlp, coder: Coder) -> None:
    text = "The Arnorian rebels feared Gondor's threatened attacks on their villages."
    threat = _one(nlp, coder, text, "THREATEN")
    assert threat.cameo == "138"
    assert [m.country for m in threat.actor] == ["GND"]
    plain = "The Arnorian rebels feared Gondor's attacks on their villages."
    assert [e.event_type for e in code_text(nlp, coder, plain)] == ["ASSAULT"]


def test_bombings_whose_own_clause_dates_them_long_ago_are_background(nlp, coder: Coder) -> None:
    old = "Mordor's bombings that have killed 300 people since 1994 were condemned by Arnor."
    bombing = [e for e in code_text(nlp, coder, old) if e.event_type == "ASSAULT"]
    assert bombing and all(e.modality == "historical" for e in bombing)
    new = "Mordor's bombings that killed 30 people on Monday were condemned by Arnor."
    bombing = [e for e in code_text(nlp, coder, new) if e.event_type == "ASSAULT"]
    assert bombing and all(e.modality == "asserted" for e in bombing)


def test_a_visit_whose_effect_is_dated_last_year_is_background(nlp, coder: Coder) -> None:
    # the parser hangs "last year" on "angered": the visit came no later than what it caused
    text = "The Gondorian king's visit to Arnor last year angered Mordor."
    assert _one(nlp, coder, text, "CONSULT").modality == "historical"
    first = "The Gondorian king's visit to Arnor was the first since 1995."
    assert _one(nlp, coder, first, "CONSULT").modality == "asserted"


def test_a_partys_threat_to_attack_is_its_threat_made(nlp, coder: Coder) -> None:
    text = "The Arnorian rebels dismissed Gondor's threat to attack their camps."
    threat = _one(nlp, coder, text, "THREATEN")
    assert threat.cameo == "138" and threat.modality == "asserted"
    assert [m.country for m in threat.actor] == ["GND"]
    assert not [e for e in code_text(nlp, coder, text) if e.event_type == "ASSAULT"]


def test_a_hoped_for_or_mooted_summit_is_not_held(nlp, coder: Coder) -> None:
    for word in ("hoped-for", "mooted"):
        text = f"The {word} summit between Gondor and Arnor would end the dispute."
        assert _one(nlp, coder, text, "CONSULT").modality == "hypothetical", word
