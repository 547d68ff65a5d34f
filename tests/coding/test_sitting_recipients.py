"""recip14: a state's own body sitting with no partner consults no one: what it sits on is no
recipient; an international body's meeting on a country keeps the country."""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.coding.events import Coder

from middle_earth import code_text


def _meeting(nlp: Language, coder: Coder, text: str):
    [event] = [e for e in code_text(nlp, coder, text) if e.event_type == "CONSULT"]
    return event


@pytest.mark.parametrize(
    "text",
    [
        "The Gondorian parliament met in a special session on the Mordorian crisis.",
        "The Gondorian parliament met on Tuesday to discuss the crisis in Mordor.",
    ],
)
def test_a_bodys_own_sitting_has_no_recipient(nlp: Language, coder: Coder, text: str) -> None:
    assert _meeting(nlp, coder, text).recipient == ()


def test_a_sitting_with_a_partner_keeps_it(nlp: Language, coder: Coder) -> None:
    event = _meeting(nlp, coder, "The Gondorian cabinet met with Mordorian envoys on Monday.")
    assert [m.country for m in event.recipient] == ["MDR"]


@pytest.mark.parametrize(
    "text",
    [
        "Arnor attended a meeting at the White Council in Osgiliath on Monday.",
        "Arnor attended talks in Osgiliath on Monday.",
    ],
)
def test_a_meetings_venue_is_not_the_party_met(nlp: Language, coder: Coder, text: str) -> None:
    # recip14 (slot_venues.py): the place after "in" is where the meeting was held
    assert all(m.country != "GND" for m in _meeting(nlp, coder, text).recipient)
