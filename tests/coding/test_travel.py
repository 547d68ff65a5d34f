"""A state's leaders visiting its own forces inspect them: no visit between parties (made-up
world, parsed by the real model; coding/travel.py). Minimal pairs: a visit to another realm's
forces, or to the realm itself, is still a visit."""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.coding.events import Coder

from middle_earth import code_text, dyad

pytestmark = pytest.mark.model


def _visits(nlp: Language, coder: Coder, text: str) -> list[tuple[str, str]]:
    """(actor, recipient) countries of each visit coded (CAMEO 042)."""
    events = [e for e in code_text(nlp, coder, text) if e.cameo == "042"]
    return [(dyad(e)[0], dyad(e)[2]) for e in events]


@pytest.mark.parametrize("text", [
    "The king of Gondor visited his soldiers at the front.",
    "The Gondorian king visited Gondorian troops in Osgiliath.",
    "The Gondorian defence minister visited Gondorian troops stationed in Arnor.",
    "The Gondorian army chief visited Gondorian police officers in Ithilien.",
    "The Gondorian king toured army bases in Ithilien.",
    "The Gondorian king paid a visit to his troops in Osgiliath.",
    "The king of Gondor made a surprise visit to Gondorian soldiers in Arnor.",
])  # fmt: skip
def test_a_leader_visiting_his_own_forces_inspects_them(
    nlp: Language, coder: Coder, text: str
) -> None:
    assert _visits(nlp, coder, text) == []


@pytest.mark.parametrize("text", [
    "The Gondorian king visited Arnorian troops in Bree.",
    "The Gondorian king visited Arnor.",
    "The Gondorian king visited the Arnorian king in Bree.",
])  # fmt: skip
def test_a_visit_to_another_realm_or_its_forces_is_still_a_visit(
    nlp: Language, coder: Coder, text: str
) -> None:
    assert [actor for actor, _ in _visits(nlp, coder, text)] == ["GND"]


def test_rebels_visiting_a_realms_troops_still_visit(nlp: Language, coder: Coder) -> None:
    # rebels command no army: a visit to the realm's troops is one party calling on another
    text = "Gondorian rebels visited Gondorian troops in Osgiliath to negotiate a truce."
    assert ("GND", "GND") in _visits(nlp, coder, text)
