"""lead25: an event noun that ends an event's proper name ("the Gondorian Genocide", "the Bree
Massacre") names a known past event, and is never coded as news; the same noun in lower case
is still an event."""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.coding.events import Coder

from middle_earth import code_text


@pytest.mark.parametrize(
    "text",
    [
        "The Gondorian envoy was given a medal for the recognition of the Gondorian Genocide.",
        "Arnor marked the anniversary of the Bree Massacre on Monday.",
    ],
)
def test_a_named_past_event_is_no_news(nlp: Language, coder: Coder, text: str) -> None:
    assert [e for e in code_text(nlp, coder, text) if e.event_type == "ASSAULT"] == []


def test_the_same_noun_in_lower_case_is_an_event(nlp: Language, coder: Coder) -> None:
    text = "Arnor condemned the Orcish massacre of Gondorian villagers near Bree on Monday."
    events = code_text(nlp, coder, text)
    assert any(e.event_type == "ASSAULT" and e.cameo.startswith("20") for e in events)
