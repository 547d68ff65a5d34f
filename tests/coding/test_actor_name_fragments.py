"""actors16: the noun "national" (a citizen of a state) heads its phrase after a people or a
determiner; a capitalised "National" with no people before it, or one before another noun, is
a word of a name ("National Guardsmen", "the National" cut from "the National Guard"), no
citizen; and a state's "National Security Council" is its own, not the UN's."""

from __future__ import annotations

import pytest

from detente.coding.actors import load_actor_lexicon, resolve_actors
from detente.lexicons.actors import ActorLexicon

from support import FIXTURES

CONTEXT = "Gondor said on Monday that its army would leave Osgiliath."


@pytest.fixture(scope="module")
def world() -> ActorLexicon:
    return load_actor_lexicon([FIXTURES / "actors_middle_earth.yaml"], imported=False)


@pytest.mark.parametrize("text", ["a Gondorian national", "Gondorian nationals"])
def test_a_citizen_of_a_state_is_a_civilian_of_it(world: ActorLexicon, text: str) -> None:
    codes = resolve_actors(world, text, context=CONTEXT)
    assert [(c.country, c.sector) for c in codes] == [("GND", "CVL")]


@pytest.mark.parametrize("text", ["National", "the National"])
def test_a_lone_capitalised_national_is_no_party(world: ActorLexicon, text: str) -> None:
    assert resolve_actors(world, text, context=CONTEXT) == ()


def test_guardsmen_of_a_national_guard_are_soldiers(world: ActorLexicon) -> None:
    codes = resolve_actors(world, "National Guardsmen", context=CONTEXT)
    assert [(c.country, c.sector) for c in codes] == [("GND", "MIL")]


def test_national_before_a_common_noun_is_the_adjective(world: ActorLexicon) -> None:
    codes = resolve_actors(world, "national team players", context=CONTEXT)
    assert all(c.sector != "CVL" for c in codes)


def test_a_national_security_council_is_the_states_own(world: ActorLexicon) -> None:
    codes = resolve_actors(world, "the National Security Council", context=CONTEXT)
    assert [(c.country, c.sector) for c in codes] == [("GND", "GOV")]
