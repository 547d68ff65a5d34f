"""A person named through the person they serve is of that person's country (coding/
owned_people.py, recip20): "Queen Arwen's adviser" after "Arnor's Queen Arwen" serves Arnor,
not the critic's country. Made-up sentences parsed by the real model."""

from __future__ import annotations

from spacy.language import Language

from detente.coding.events import Coder

from middle_earth import code_text

VISIT = "Arnor's Queen Arwen arrived in Osgiliath on Monday. "


def _criticised(nlp: Language, coder: Coder, text: str) -> list[tuple[str | None, str | None]]:
    [event] = [e for e in code_text(nlp, coder, text) if e.event_type == "ACCUSE"]
    return [(m.country, m.sector) for m in event.recipient]


def test_the_queens_adviser_serves_the_queens_country(nlp: Language, coder: Coder) -> None:
    text = VISIT + "Gondor's king criticised Queen Arwen's adviser."
    assert _criticised(nlp, coder, text) == [("ARN", "GOV")]


def test_an_adviser_of_a_named_country_keeps_it(nlp: Language, coder: Coder) -> None:
    text = VISIT + "Gondor's king criticised Mordor's adviser."
    assert _criticised(nlp, coder, text) == [("MDR", "GOV")]


def test_an_owner_never_named_before_is_not_read_from_the_story(
    nlp: Language, coder: Coder
) -> None:
    # nobody named Elrond before: no earlier party gives the adviser a country
    text = VISIT + "Gondor's king criticised Elrond's adviser."
    [event] = [e for e in code_text(nlp, coder, text) if e.event_type == "ACCUSE"]
    assert all(m.rule != "reference" for m in event.recipient)
