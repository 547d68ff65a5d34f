"""Approval or a green light given to a party is permission (CAMEO 080); given to a thing it
names no party (verbs.yaml concede.give-approval, concede.give-green-light)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.coding.events import Coder

from middle_earth import code_text, dyad

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "The Gondorian government gave approval for Arnor to open a consulate.",
        "Gondor gave the green light to Arnor to open a consulate.",
    ],
)
def test_approval_given_to_a_party_is_permission(
    nlp: Language, coder: Coder, text: str
) -> None:
    events = code_text(nlp, coder, text)
    assert (("GND", "CONCEDE", "ARN"), "080") in [(dyad(e), e.cameo) for e in events]


def test_approval_given_to_a_bill_is_no_concession(nlp: Language, coder: Coder) -> None:
    """Negative: "gave final approval to the budget" names no party conceded to."""
    events = code_text(nlp, coder, "The Gondorian parliament gave final approval to the budget.")
    assert all(e.event_type != "CONCEDE" for e in events)
