"""A participle or a present relative clause on an indefinite noun after "be" says what kind of
party the subject is, no act (coding/nonevents.py `_characterised`, senses18). Made-up world,
real parses; an act told of the subject itself stays."""

from __future__ import annotations

from spacy.language import Language

from detente.coding.events import Coder

from middle_earth import code_text


def test_a_state_described_as_bullying_is_no_coercion(nlp: Language, coder: Coder) -> None:
    text = "The Arnorian opposition leader said Gondor was a state bullying them."
    assert "COERCE" not in [e.event_type for e in code_text(nlp, coder, text)]


def test_a_state_bullying_them_stays_coercion(nlp: Language, coder: Coder) -> None:
    text = "The Arnorian opposition leader said Gondor was bullying them."
    assert "COERCE" in [e.event_type for e in code_text(nlp, coder, text)]


def test_a_country_where_police_kill_is_a_characterisation(nlp: Language, coder: Coder) -> None:
    text = "Gondor is a country where police kill protesters, the Arnorian activist said."
    assert "ASSAULT" not in [e.event_type for e in code_text(nlp, coder, text)]


def test_a_village_where_militants_attacked_keeps_the_attack(
    nlp: Language, coder: Coder
) -> None:
    text = "Gondorian police went to the village where Mordorian militants attacked a bus."
    assert "ASSAULT" in [e.event_type for e in code_text(nlp, coder, text)]
