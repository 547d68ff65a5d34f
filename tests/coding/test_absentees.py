"""recip14: a party named after "without", "excluding" or "in the absence of" took no part in
the act and is never its recipient."""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.coding.events import Coder

from middle_earth import code_text, dyad


@pytest.mark.parametrize(
    "text",
    [
        "Gondorian ministers met in Osgiliath on Monday without Mordor.",
        "Gondorian ministers held talks in Osgiliath on Tuesday in the absence of Mordor.",
    ],
)
def test_a_party_named_absent_is_no_partner(nlp: Language, coder: Coder, text: str) -> None:
    meetings = [e for e in code_text(nlp, coder, text) if e.event_type == "CONSULT"]
    assert meetings
    assert all("MDR" not in dyad(e)[2] for e in meetings)


def test_a_partner_named_with_is_still_the_recipient(nlp: Language, coder: Coder) -> None:
    text = "Gondorian ministers met with Mordor in Osgiliath on Monday."
    meetings = [e for e in code_text(nlp, coder, text) if e.event_type == "CONSULT"]
    assert [dyad(e)[2] for e in meetings] == ["MDR"]
