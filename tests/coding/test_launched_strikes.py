"""A strike launched as a stoppage of eating or work is a protest; strikes launched alone stay
attacks (verbs.yaml protest.launch-*-strike beside assault.launch-strike)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.coding.events import Coder

from middle_earth import code_text

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Gondorian prisoners launched a hunger strike against the Arnorian occupation.", "142"),
        ("Gondorian dockers launched a general strike over pay.", "143"),
        ("Gondorian teachers launched a strike over pay.", "143"),
    ],
)
def test_a_strike_of_work_or_hunger_is_a_protest(
    nlp: Language, coder: Coder, text: str, cameo: str
) -> None:
    events = code_text(nlp, coder, text)
    assert [(e.event_type, e.cameo) for e in events][:1] == [("PROTEST", cameo)]


def test_strikes_launched_by_jets_stay_an_attack(nlp: Language, coder: Coder) -> None:
    """Negative: "launched strikes on X" by armed forces is force, not a protest."""
    text = "Gondorian jets launched strikes on Arnorian positions."
    events = code_text(nlp, coder, text)
    assert [e.event_type for e in events] == ["ASSAULT"]
