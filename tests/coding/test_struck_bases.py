"""Military "bases" are sites force hits: the plural reads as "base" (parse/lemmas.py), so
patterns and site words of "base" hold for it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.coding.events import Coder

from middle_earth import code_text, dyad

pytestmark = pytest.mark.model


def test_struck_bases_of_a_party_are_an_attack_on_it(nlp: Language, coder: Coder) -> None:
    events = code_text(nlp, coder, "Gondorian jets struck five Arnorian army bases.")
    assert [dyad(e) for e in events] == [("GND", "ASSAULT", "ARN")]


def test_a_singular_base_is_struck_as_before(nlp: Language, coder: Coder) -> None:
    events = code_text(nlp, coder, "Gondorian jets struck an Arnorian army base.")
    assert [dyad(e) for e in events] == [("GND", "ASSAULT", "ARN")]


def test_a_basis_is_no_site(nlp: Language, coder: Coder) -> None:
    """Negative: "struck ... on a regular basis" names no base and no one hit."""
    events = code_text(nlp, coder, "The storm struck the coast on a regular basis.")
    assert all(e.event_type != "ASSAULT" for e in events)
