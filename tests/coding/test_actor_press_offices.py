"""actors16: a body's press service speaks for the body (its sector), it is no news medium;
"the press" alone is the media."""

from __future__ import annotations

import pytest

from detente.coding.actors import load_actor_lexicon, resolve_actors
from detente.lexicons.actors import ActorLexicon

from support import FIXTURES

CONTEXT = "Gondor said on Monday that its army would leave Osgiliath."


@pytest.fixture(scope="module")
def world() -> ActorLexicon:
    return load_actor_lexicon([FIXTURES / "actors_middle_earth.yaml"], imported=False)


@pytest.mark.parametrize(
    "text",
    ["the chief of the press service for the Gondorian defence ministry",
     "the press service of the White Council"],
)
def test_a_press_service_is_of_the_body_it_speaks_for(world: ActorLexicon, text: str) -> None:
    codes = resolve_actors(world, text, context=CONTEXT)
    assert codes and all(c.sector == "GOV" for c in codes)


def test_the_press_alone_is_the_media(world: ActorLexicon) -> None:
    codes = resolve_actors(world, "the Gondorian press", context=CONTEXT)
    assert [(c.country, c.sector) for c in codes] == [("GND", "JRN")]
