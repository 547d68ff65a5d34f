"""Coordinated prepositions share their object: "flights *to and from* Arnor"
(coding/syntax.prep_objects)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.coding.events import Coder
from detente.coding.syntax import prep_objects

from middle_earth import code_text, dyad
from support import build_doc

PUNCT = (".", ".", "PUNCT", "punct")


def _flights(first: str, second: str) -> list:
    """ "Gondor banned flights <first> and <second> Arnor." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("banned", "ban", "VERB", "ROOT", 1),
        ("flights", "flight", "NOUN", "dobj", 1),
        (first, first, "ADP", "prep", 2),
        ("and", "and", "CCONJ", "cc", 3),
        (second, second, "ADP", "conj", 3),
        ("Arnor", "Arnor", "PROPN", "pobj", 5),
        (*PUNCT, 1),
    ]


@pytest.mark.parametrize("prep", ["to", "from"])
def test_both_coordinated_prepositions_take_the_shared_object(prep: str) -> None:
    doc = build_doc(_flights("to", "from"))
    assert [t.text for t in prep_objects(doc[2], prep)] == ["Arnor"]


def _to_and_from() -> list:
    """ "Gondor banned flights to Osgiliath and from Arnor." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("banned", "ban", "VERB", "ROOT", 1),
        ("flights", "flight", "NOUN", "dobj", 1),
        ("to", "to", "ADP", "prep", 2),
        ("Osgiliath", "Osgiliath", "PROPN", "pobj", 3),
        ("and", "and", "CCONJ", "cc", 3),
        ("from", "from", "ADP", "conj", 3),
        ("Arnor", "Arnor", "PROPN", "pobj", 6),
        (*PUNCT, 1),
    ]


def test_a_coordinated_preposition_with_its_own_object_is_found() -> None:
    assert [t.text for t in prep_objects(build_doc(_to_and_from())[2], "from")] == ["Arnor"]


def test_a_preposition_with_its_own_object_keeps_it() -> None:
    """Negative: "to Osgiliath and from Arnor": the first keeps its own object only."""
    doc = build_doc(_to_and_from())
    assert [t.text for t in prep_objects(doc[2], "to")] == ["Osgiliath"]
    assert list(prep_objects(doc[2], "with")) == []


@pytest.mark.model
def test_flights_banned_to_and_from_a_country_sanction_it(nlp: Language, coder: Coder) -> None:
    events = code_text(nlp, coder, "Gondor banned flights to and from Arnor.")
    assert [dyad(e) for e in events] == [("GND", "SANCTION", "ARN")]
