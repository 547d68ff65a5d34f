"""What must come about, told with its place phrase first ("from the ruins must rise a new
realm"), is an exhortation to no one, not a demand; a duty with its party as subject stays a
demand (made-up world, parsed by the real model; coding/inverted_duties.py)."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code_text


def _requests(nlp, coder: Coder, text: str) -> list[str]:
    return [e.event_type for e in code_text(nlp, coder, text) if e.event_type == "REQUEST"]


def test_a_duty_with_its_place_phrase_first_asks_no_one(nlp, coder: Coder) -> None:
    text = "The Gondorian king said on Monday that from the ruins must rise a new Gondorian realm."
    assert _requests(nlp, coder, text) == []


def test_a_duty_of_a_named_party_stays_a_demand(nlp, coder: Coder) -> None:
    text = "The Gondorian king said on Monday that in Osgiliath the Orcs must lay down their arms."
    assert _requests(nlp, coder, text) == ["REQUEST"]
