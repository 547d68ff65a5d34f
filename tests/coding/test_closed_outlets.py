"""The outlet whose publication or account is shut is the recipient of the closure
(verbs.yaml coerce.close-media, its "of" slot)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.coding.events import Coder

from middle_earth import code_text

pytestmark = pytest.mark.model


def test_suspended_publication_of_a_newspaper_closes_the_newspaper(
    nlp: Language, coder: Coder
) -> None:
    text = "Gondorian authorities suspended publication of an Arnorian newspaper."
    [closure] = [e for e in code_text(nlp, coder, text) if e.cameo == "1721"]
    assert [(m.text, m.country) for m in closure.recipient] == [("an Arnorian newspaper", "ARN")]


def test_a_newspaper_closed_outright_is_still_the_recipient(nlp: Language, coder: Coder) -> None:
    """Negative: with no "of" phrase the object itself stays the one closed."""
    text = "Gondorian authorities closed an Arnorian newspaper."
    [closure] = [e for e in code_text(nlp, coder, text) if e.cameo == "1721"]
    assert [(m.text, m.country) for m in closure.recipient] == [("an Arnorian newspaper", "ARN")]
