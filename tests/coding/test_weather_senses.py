"""Weather told with the words of force: winds and rain batter coasts and a storm named after a
person ("Cyclone Idai") kills as a cause, no party strikes anyone; "force" in "gale force" or
"labour force" is a strength or workers, no armed body (made-up world, parsed by the real
model; english.yaml senses.impersonal_causes and storm_kinds, agents.yaml).
Minimal pairs: troops battering positions still attack; a general named with his title still
kills."""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.coding.events import Coder

from middle_earth import code_text

pytestmark = pytest.mark.model


def _types(nlp: Language, coder: Coder, text: str) -> list[str]:
    return [e.event_type for e in code_text(nlp, coder, text)]


@pytest.mark.parametrize("text", [
    "Gale force winds battered the coast of Gondor on Tuesday.",
    "Hurricane-force winds battered Osgiliath, cutting power to thousands of homes.",
    "Storm force winds battered the coast of Gondor, cutting power to thousands of homes.",
])  # fmt: skip
def test_weather_battering_a_coast_is_no_attack(nlp: Language, coder: Coder, text: str) -> None:
    assert "ASSAULT" not in _types(nlp, coder, text)


def test_troops_battering_positions_still_attack(nlp: Language, coder: Coder) -> None:
    text = "Gondorian troops battered the Arnorian positions near Bree."
    assert "ASSAULT" in _types(nlp, coder, text)


@pytest.mark.parametrize("text", [
    "Cyclone Idai killed more than 1,000 Gondorians in Ithilien.",
    "Gondor said Cyclone Idai killed more than 1,000 people in Ithilien.",
])  # fmt: skip
def test_a_storm_named_after_a_person_kills_as_a_cause(
    nlp: Language, coder: Coder, text: str
) -> None:
    assert "ASSAULT" not in _types(nlp, coder, text)


def test_a_person_named_with_a_title_still_kills(nlp: Language, coder: Coder) -> None:
    text = "General Faramir killed 40 Orcish fighters in Ithilien."
    assert "ASSAULT" in _types(nlp, coder, text)
