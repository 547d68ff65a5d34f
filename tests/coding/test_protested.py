"""Whom a protest that names no target is aimed at (coding/protested.py): the protesters' own
government, pointed at by the words that name it, else by the place in the sentence where the
protest happened, else by the word that tells the protest; never by the protesters' own words
(they are the actor). Made-up sentences parsed by the real model."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code_text, parties


def _protest(nlp, coder: Coder, text: str):
    events = code_text(nlp, coder, text)
    return [e for e in events if e.event_type == "PROTEST"]


def test_a_protest_in_a_named_place_is_aimed_at_the_state_of_the_place(nlp, coder: Coder) -> None:
    [event] = _protest(nlp, coder, "Gondorian students protested in Osgiliath on Monday.")
    assert parties(event.recipient) == [("GND", "GOV", "implied")]
    assert [m.text for m in event.recipient] == ["Osgiliath"]


def test_a_protest_with_no_place_points_at_the_protest_itself(nlp, coder: Coder) -> None:
    [event] = _protest(nlp, coder, "Gondorian students protested on Monday.")
    assert parties(event.recipient) == [("GND", "GOV", "implied")]
    assert [m.text for m in event.recipient] == ["protested"]


def test_the_protesters_are_never_their_own_target(nlp, coder: Coder) -> None:
    for text in ("Gondorian students protested in Osgiliath.",
                 "Gondorian teachers went on strike on Monday."):  # fmt: skip
        for event in _protest(nlp, coder, text):
            assert not any(r.start < a.end and a.start < r.end
                           for r in event.recipient for a in event.actor)  # fmt: skip


def test_a_companys_staff_on_strike_protest_against_no_government(nlp, coder: Coder) -> None:
    # lead21: a company's staff strike against their employer, not the state
    [event] = _protest(nlp, coder, "Gondorian bank staff are striking today for 24 hours.")
    assert [m.sector for m in event.actor] == ["BUS"]
    assert event.recipient == ()
    [event] = _protest(nlp, coder, "Gondorian teachers went on strike on Monday.")
    assert parties(event.recipient) == [("GND", "GOV", "implied")]
