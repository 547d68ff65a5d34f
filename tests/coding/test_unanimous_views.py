"""All of a group agreeing with nothing agreed on, to or with share a view, no agreement
(coding/senses.py `_unanimous`, english.yaml `unanimity_words`, senses18). Made-up world, real
parses; one party agreeing after a proposal and an agreement to act stay."""

from __future__ import annotations

from spacy.language import Language

from detente.coding.events import Coder

from middle_earth import code_text


def _types(nlp: Language, coder: Coder, text: str) -> list[str]:
    return [e.event_type for e in code_text(nlp, coder, text)]


def test_ministers_who_all_agreed_share_a_view(nlp: Language, coder: Coder) -> None:
    assert _types(nlp, coder, "Gondorian ministers all agreed, the spokesman said.") == []


def test_a_party_agreeing_after_a_proposal_stays_an_agreement(
    nlp: Language, coder: Coder
) -> None:
    text = "Gondor proposed a ceasefire and Arnor agreed."
    assert "AGREE" in _types(nlp, coder, text)


def test_all_agreeing_to_act_stays_an_agreement(nlp: Language, coder: Coder) -> None:
    text = "Gondorian and Arnorian ministers all agreed to reopen the border."
    assert "AGREE" in _types(nlp, coder, text)
