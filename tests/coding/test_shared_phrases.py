"""mainev17: one phrase is one party within a sentence (coding/shared_phrases.py), and police
acted upon with no country named are the story's home police (coding/home_recipients.py)."""

from __future__ import annotations

import pytest

from detente.coding.events import Coder
from detente.coding.home_recipients import home_police
from detente.coding.parties import Parties
from detente.coding.shared_phrases import with_placed_phrases
from detente.records import ActorMention

from middle_earth import code_text, party_mention

HOME = "Rain fell in Osgiliath. Rain fell in Ithilien. "  # a story set in Gondor


def _man(country: str | None, start: int = 0, rule: str = "agent") -> ActorMention:
    return ActorMention(text="A man", start=start, end=start + 5, country=country,
                        sector="CVL", rule=rule)  # fmt: skip


def test_a_phrase_placed_by_an_earlier_event_keeps_its_country() -> None:
    placed = {(0, 5): _man("GND", rule="domestic")}
    parties = with_placed_phrases(Parties(actor=(_man(None),), recipient=()), placed)
    assert [(m.country, m.rule) for m in parties.actor] == [("GND", "domestic")]


def test_other_words_and_a_country_read_in_the_words_are_not_changed() -> None:
    placed = {(0, 5): _man("GND", rule="domestic")}
    elsewhere = Parties(actor=(_man(None, start=40),), recipient=(_man("ARN"),))
    parties = with_placed_phrases(elsewhere, placed)
    assert [m.country for m in parties.actor] == [None]
    assert [m.country for m in parties.recipient] == ["ARN"]


def test_police_acted_upon_with_no_country_are_the_homes() -> None:
    police = party_mention("a police officer", None, "COP")  # type: ignore[arg-type]
    assert [(m.country, m.rule) for m in home_police((police,), "GND")] == [("GND", "places")]


@pytest.mark.parametrize("home", [None, "GND"])
def test_civilians_or_a_story_without_home_place_no_recipient(home: str | None) -> None:
    police = party_mention("a police officer", None, "COP")  # type: ignore[arg-type]
    traders = party_mention("traders", None, "CVL")  # type: ignore[arg-type]
    assert home_police((traders,), home) == ()
    assert home_police((police,), None) == ()


def test_named_police_keep_their_country() -> None:
    police = party_mention("Arnorian police", "ARN", "COP")
    assert home_police((police,), "GND") == ()


@pytest.mark.model
def test_a_man_held_for_threatening_the_police_is_the_homes(nlp, coder: Coder) -> None:
    text = HOME + "A man is in custody after pointing a rifle at a police officer."
    threats = [e for e in code_text(nlp, coder, text) if e.event_type == "THREATEN"]
    assert [(e.actor[0].country, e.recipient[0].country) for e in threats] == [("GND", "GND")]


@pytest.mark.model
def test_a_man_no_act_places_stays_unplaced(nlp, coder: Coder) -> None:
    text = HOME + "A man pointed a rifle at a police officer."
    assert [e for e in code_text(nlp, coder, text) if e.event_type == "THREATEN"] == []
