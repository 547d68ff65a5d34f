"""A person whose surname is a country's name is that person, not the country (made-up world,
parsed by the real model): "Ann Gondor" is no Gondorian party, "Gondor" alone still is."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code_text


def _actor_countries(nlp, coder: Coder, text: str) -> list[str | None]:
    return [m.country for e in code_text(nlp, coder, text) for m in e.actor]


def test_a_full_name_ending_in_a_country_name_is_a_person(nlp, coder: Coder) -> None:
    countries = _actor_countries(nlp, coder, "Board president Ann Gondor criticized the mayor.")
    assert countries and "GND" not in countries


def test_a_bare_full_name_ending_in_a_country_name_is_a_person(nlp, coder: Coder) -> None:
    countries = _actor_countries(nlp, coder, "Peter Gondor criticized the Arnorian mayor.")
    assert "GND" not in countries


def test_the_country_named_alone_is_still_the_country(nlp, coder: Coder) -> None:
    assert _actor_countries(nlp, coder, "Gondor criticized the Arnorian mayor.") == ["GND"]


def test_the_country_named_beside_the_person_keeps_its_code(nlp, coder: Coder) -> None:
    events = code_text(nlp, coder, "Peter Gondor criticized the Gondorian mayor.")
    assert [m.country for e in events for m in e.recipient] == ["GND"]
