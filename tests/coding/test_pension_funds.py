"""Money given to a pension fund is deferred pay, no aid or pledge (coding/private_senses.py
`_wages`, english.yaml `pension_words`, `fund_nouns`, senses16). Made-up world, parsed by the
real model; the minimal pair (money given to a realm) is in test_private_senses.py."""

from __future__ import annotations

from spacy.language import Language

from detente.coding.events import Coder

from middle_earth import code_text


def test_money_given_to_a_pension_scheme_is_no_aid(nlp: Language, coder: Coder) -> None:
    text = "Gondor will give its pension fund 300 million crowns to cover the deficit."
    types = [e.event_type for e in code_text(nlp, coder, text)]
    assert "AID" not in types and "AGREE" not in types


def test_money_given_to_another_realms_pension_fund_is_left_to_the_other_stages(
    nlp: Language, coder: Coder
) -> None:
    from detente.coding.private_senses import _pension_fund

    doc = nlp("The Gondorian king gave Arnor's pension fund 300 million crowns.")
    fund = next(t for t in doc if t.lower_ == "fund")
    assert not _pension_fund(fund)
    own = nlp("Gondor Airways gave its pension fund 300 million crowns.")
    assert _pension_fund(next(t for t in own if t.lower_ == "fund"))
