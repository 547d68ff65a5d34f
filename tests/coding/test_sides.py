"""recip14: an appeal to "all sides" or "all parties" is addressed to the sides of a conflict
named in its sentence or the one before; alone, such words name nobody."""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.coding.events import Coder

from middle_earth import code_text


def _appeal(nlp: Language, coder: Coder, text: str):
    [event] = [e for e in code_text(nlp, coder, text) if e.event_type == "REQUEST"]
    return event


@pytest.mark.parametrize(
    "text",
    [
        "Gondorian troops clashed with Orcs near Bree on Sunday. The White Council called on all"
        " parties to show restraint.",
        "The White Council urged all sides to stop fighting after Gondorian and Mordorian forces"
        " clashed near Bree.",
    ],
)
def test_all_sides_are_the_sides_named_in_the_conflict(
    nlp: Language, coder: Coder, text: str
) -> None:
    event = _appeal(nlp, coder, text)
    assert {m.country for m in event.recipient} == {"GND", "MDR"}


def test_all_sides_with_no_conflict_named_stay_nobody(nlp: Language, coder: Coder) -> None:
    event = _appeal(nlp, coder, "The White Council urged all sides to respect human rights.")
    assert not any(m.country in ("GND", "MDR", "ARN") for m in event.recipient)


def test_both_sides_are_the_sides_this_sentence_names(nlp: Language, coder: Coder) -> None:
    # "both sides" alone would be the article's latest two parties (Gondor and Arnor here)
    text = (
        "Gondor and Arnor signed a deal in Bree on Friday. On Sunday the White Council urged"
        " both sides to show restraint after Gondorian troops clashed with Orcs near Osgiliath."
    )
    event = _appeal(nlp, coder, text)
    assert {m.country for m in event.recipient} == {"GND", "MDR"}
