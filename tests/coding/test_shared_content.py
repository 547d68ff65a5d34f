"""recip15: what is shared ("intelligence", "information") and what it is about ("on X") is no
party of the sharing; the party comes after "with"/"to"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.coding.events import Coder

from middle_earth import code_text, parties


@pytest.mark.parametrize(
    "text",
    [
        "Gondor and Arnor agreed to share intelligence on the Orcs.",
        "Gondor will share intelligence on the Orcs.",
    ],
)
def test_the_content_and_its_topic_are_no_recipient(
    nlp: Language, coder: Coder, text: str
) -> None:
    [event] = code_text(nlp, coder, text)
    assert all(m.country != "MDR" and "intelligence" not in m.text for m in event.recipient)


def test_the_party_after_with_is_the_recipient(nlp: Language, coder: Coder) -> None:
    [event] = code_text(nlp, coder, "Gondor will share intelligence with Arnor.")
    assert [p[0] for p in parties(event.recipient)] == ["ARN"]
