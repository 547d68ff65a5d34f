"""A business leaving a market and a currency held up are market operations, no retreat and no
support of a party (coding/nonevents.py `_commerce`, english.yaml `commerce_objects`,
senses18). Made-up world, real parses; troops leaving a town and aid pledged to a state stay."""

from __future__ import annotations

from spacy.language import Language

from detente.coding.events import Coder

from middle_earth import code_text


def _types(nlp: Language, coder: Coder, text: str) -> list[str]:
    return [e.event_type for e in code_text(nlp, coder, text)]


def test_investors_leaving_a_stock_market_is_no_retreat(nlp: Language, coder: Coder) -> None:
    text = "Gondorian investors pulled out of the Osgiliath stock market."
    assert "RETREAT" not in _types(nlp, coder, text)


def test_troops_leaving_a_market_town_stay_a_retreat(nlp: Language, coder: Coder) -> None:
    text = "Gondorian troops pulled out of the Mordorian market town of Udun."
    assert "RETREAT" in _types(nlp, coder, text)


def test_a_bank_supporting_a_currency_is_no_support(nlp: Language, coder: Coder) -> None:
    text = "Gondor's central bank intervened to support the currency."
    assert "SUPPORT" not in _types(nlp, coder, text)


def test_support_pledged_to_a_state_stays(nlp: Language, coder: Coder) -> None:
    text = "Arnor pledged to support Gondor with 100 million dollars."
    assert _types(nlp, coder, text) != []


def test_a_sum_given_to_a_state_stays_support(nlp: Language, coder: Coder) -> None:
    text = "Arnor supported Gondor with 100 million dollars in 2017."
    assert _types(nlp, coder, text) != []


def test_a_ban_on_a_sale_lifted_stays_a_concession(nlp: Language, coder: Coder) -> None:
    text = "Gondor lifted the ban on the sale of weapons to Arnor."
    assert "CONCEDE" in _types(nlp, coder, text)
