"""A truce or retreat that names no other side is toward the side the actor's own phrase says
it fights (coding/opposing_force.py)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.coding.events import Coder

from middle_earth import code_text, dyad

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "The Gondorian army fighting Arnorian rebels declared a ceasefire.",
        "The Gondorian army, which is fighting Arnorian rebels, declared a ceasefire.",
    ],
)
def test_a_ceasefire_is_toward_the_side_the_actor_is_told_fighting(
    nlp: Language, coder: Coder, text: str
) -> None:
    truces = [dyad(e) for e in code_text(nlp, coder, text) if e.cameo == "0871"]
    assert truces == [("GND", "CONCEDE", "ARN")] or truces == [("GND", "RETREAT", "ARN")]


def test_a_ceasefire_with_no_fight_named_stays_without_recipient(
    nlp: Language, coder: Coder
) -> None:
    """Negative: a clause on the actor that fights no one named gives no side."""
    text = "The Gondorian army, which has fought for years, declared a ceasefire."
    truces = [e for e in code_text(nlp, coder, text) if e.cameo == "0871"]
    assert [e.recipient for e in truces] == [()]


def test_fighting_beside_allies_is_not_the_other_side(nlp: Language, coder: Coder) -> None:
    """Negative: those the actor fights alongside are not whom the truce is toward."""
    text = "The Gondorian army fighting alongside Arnorian troops declared a ceasefire."
    truces = [e for e in code_text(nlp, coder, text) if e.cameo == "0871"]
    assert all(m.country != "ARN" for e in truces for m in e.recipient)
