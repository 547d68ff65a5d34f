"""A state's measure on areas told with a common noun holds on its own land
(coding/own_areas.py)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.coding.events import Coder

from middle_earth import code_text, parties

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "area"),
    [
        ("The Gondorian government imposed a curfew in three northern districts.",
         "three northern districts"),
        ("Gondor lifted the state of emergency in four of the country's provinces.",
         "four of the country's provinces"),
        ("The Arnorian government declared a state of siege in parts of the country.",
         "parts of the country"),
    ],
)
def test_a_measure_on_unnamed_areas_holds_on_the_states_own_land(
    nlp: Language, coder: Coder, text: str, area: str
) -> None:
    [event] = [e for e in code_text(nlp, coder, text) if e.cameo in {"1723", "1724", "0814"}]
    country = event.actor[0].country
    assert parties(event.recipient) == [(country, None, "place")]
    assert event.recipient[0].text == area


def test_occupied_land_is_not_the_states_own(nlp: Language, coder: Coder) -> None:
    """Negative: land held by the measuring state is not its own people."""
    text = "The Gondorian army imposed a curfew in the occupied territories."
    [event] = [e for e in code_text(nlp, coder, text) if e.cameo == "1723"]
    assert event.recipient == ()


def test_a_named_town_is_left_to_the_gazetteer(nlp: Language, coder: Coder) -> None:
    """Negative: Osgiliath is too small a town for the gazetteer to be sure of; a name is not
    read as the actor's own land either."""
    text = "The Gondorian government imposed a curfew in Osgiliath."
    [event] = [e for e in code_text(nlp, coder, text) if e.cameo == "1723"]
    assert event.recipient == ()


def test_other_acts_in_districts_are_untouched(nlp: Language, coder: Coder) -> None:
    """Negative: only area measures act on the area they are in; a meeting in three districts
    has no recipient from its place."""
    text = "The Gondorian government held meetings in three northern districts."
    assert all(e.recipient == () for e in code_text(nlp, coder, text))
