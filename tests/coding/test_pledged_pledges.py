"""A frame of commitment over a pledge ("willing to offer aid") is the pledge itself
(coding/frames.py)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.coding.events import Coder

from middle_earth import code_text, dyad

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Gondor is willing to offer aid to Arnor.",
        "Gondor is ready to offer military assistance to Arnor.",
        "Gondor agreed to offer aid to Arnor.",
    ],
)
def test_a_readiness_to_offer_aid_is_the_offer_of_aid(
    nlp: Language, coder: Coder, text: str
) -> None:
    events = code_text(nlp, coder, text)
    assert [(dyad(e), e.cameo) for e in events] == [(("GND", "AGREE", "ARN"), "033")]


def test_a_readiness_to_meet_keeps_its_own_code(nlp: Language, coder: Coder) -> None:
    """Negative: a frame over an act that is no pledge composes as before (036, intent to
    meet)."""
    events = code_text(nlp, coder, "Gondor is ready to meet Arnor.")
    assert [(dyad(e), e.cameo) for e in events] == [(("GND", "AGREE", "ARN"), "036")]
