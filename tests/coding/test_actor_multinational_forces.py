"""actors19: a force that a word calls several states' ("international forces", "the
multinational force", "coalition aircraft") is an international body's (IGO), never the
country of the story it fights in; a state's own coalition ("the coalition government") and
a force that a body or leading state is named for ("the Gondorian-led coalition") are not."""

from __future__ import annotations

import pytest

from detente.coding.actors import resolve_actor
from detente.coding.events import Coder

from middle_earth import code_text

STORY = "Minas Tirith, Gondor. Gondor's army fought in the north."


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("international forces", "MIL"),
        ("the multinational force", "MIL"),
        ("coalition aircraft", "MIL"),
        ("the coalition's warplanes", "MIL"),
        ("soldiers of the international security force", "MIL"),
        ("the international security force", "COP"),
        ("international peacekeepers", "MIL"),
    ],
)
def test_a_force_of_several_states_is_an_international_bodys(
    coder: Coder, text: str, sector: str
) -> None:
    code = resolve_actor(coder.actors, text, context=STORY)
    assert code is not None and (code.country, code.sector) == ("IGO", sector)


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("the Gondorian-led coalition", "GND", "MIL"),
        ("the coalition government", "GND", "GOV"),
        ("the ruling coalition's leaders", "GND", "GOV"),
        ("Gondorian forces", "GND", "MIL"),
        ("the army", "GND", "MIL"),
    ],
)
def test_a_states_own_coalition_or_force_keeps_its_country(
    coder: Coder, text: str, country: str, sector: str
) -> None:
    code = resolve_actor(coder.actors, text, context=STORY)
    assert code is not None and (code.country, code.sector) == (country, sector)


def test_international_forces_in_a_story_are_not_the_host_countrys(nlp, coder: Coder) -> None:
    events = code_text(nlp, coder, "Gondor's king visited Osgiliath on Monday. International "
                                   "forces attacked Mordorian fighters near the city on Tuesday.")
    actors = [(m.country, m.sector) for e in events for m in e.actor if m.sector == "MIL"]
    assert actors == [("IGO", "MIL")]


@pytest.mark.parametrize("text", ["the peacekeepers", "peacekeeping troops", "blue helmets"])
def test_peacekeepers_with_no_owner_are_an_international_forces(coder: Coder, text: str) -> None:
    # sent to keep peace in a foreign country: never the host's army the story names
    code = resolve_actor(coder.actors, text, context=STORY)
    assert code is not None and (code.country, code.sector) == ("IGO", "MIL")


def test_peacekeepers_of_a_named_state_are_that_states(coder: Coder) -> None:
    code = resolve_actor(coder.actors, "Arnorian peacekeepers", context=STORY)
    assert code is not None and (code.country, code.sector) == ("ARN", "MIL")
