"""actors16: a party said to be of the place it is in ("local commanders", "tribal
militiamen", "villagers", "voters") or named as fighting against a side ("anti-Gondorian
fighters") takes the country of the story's home places, not the foreign power the story
names most; with no home, an armed one keeps no guessed country (the event's place decides),
and fighters against a person or a group of one state are of that state."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.actors import ActorMemory, load_actor_lexicon, resolve_actors
from detente.lexicons.actors import ActorLexicon

from support import FIXTURES

# A story about Gondor's army fighting in Arnor: Gondor is named most.
CONTEXT = "Gondorian troops pushed into Arnor. The Gondorian army said Gondor would win."
DATE = dt.date(2010, 6, 1)


@pytest.fixture(scope="module")
def world() -> ActorLexicon:
    return load_actor_lexicon([FIXTURES / "actors_middle_earth.yaml"], imported=False)


def _code(world: ActorLexicon, text: str, home: str | None):
    # the story's places are in Arnor only: Gondor is named as the power, not as a place
    memory = ActorMemory(places=frozenset({"ARN"}), home=home)
    return resolve_actors(world, text, date=DATE, context=CONTEXT, memory=memory)


@pytest.mark.parametrize("text", ["local commanders", "tribal militiamen", "village militias"])
def test_local_fighters_are_of_the_storys_home(world: ActorLexicon, text: str) -> None:
    codes = _code(world, text, "ARN")
    assert codes and codes[0].country == "ARN"


@pytest.mark.parametrize("text", ["local commanders", "tribal militiamen"])
def test_without_a_home_local_fighters_keep_no_guessed_country(
    world: ActorLexicon, text: str
) -> None:
    codes = _code(world, text, None)
    assert codes and codes[0].country is None and codes[0].sector in {"MIL", "REB"}


def test_fighters_against_a_state_are_not_of_it(world: ActorLexicon) -> None:
    codes = _code(world, "anti-Gondorian fighters", None)
    assert codes and codes[0].country is None


def test_fighters_against_a_state_are_of_the_home(world: ActorLexicon) -> None:
    codes = _code(world, "anti-Gondorian fighters", "ARN")
    assert codes and codes[0].country == "ARN"


def test_fighters_against_a_leader_are_of_his_state(world: ActorLexicon) -> None:
    memory = ActorMemory(places=frozenset({"GND"}), home=None)
    codes = resolve_actors(world, "anti-Denethor fighters", date=DATE,
                           context="Arnorian troops marched on. Arnor said.", memory=memory)
    assert codes and codes[0].country == "GND"


@pytest.mark.parametrize("text", ["villagers", "voters", "the residents"])
def test_the_people_of_a_place_are_of_the_home(world: ActorLexicon, text: str) -> None:
    codes = _code(world, text, "ARN")
    assert codes and codes[0].country == "ARN"


def test_the_people_of_a_place_keep_the_guess_without_a_home(world: ActorLexicon) -> None:
    codes = _code(world, "villagers", None)
    assert codes and codes[0].country == "GND"


def test_a_country_in_the_phrase_stands(world: ActorLexicon) -> None:
    codes = _code(world, "Gondorian local commanders", "ARN")
    assert codes and codes[0].country == "GND"


def test_fighters_not_of_the_place_keep_the_context(world: ActorLexicon) -> None:
    codes = _code(world, "the commanders", "ARN")
    assert codes and codes[0].country == "GND"


def test_a_guess_that_is_a_land_of_the_story_stands(world: ActorLexicon) -> None:
    # a story set in Gondor (its places) that names a museum in Arnor: the villagers are Gondor's
    memory = ActorMemory(places=frozenset({"GND", "ARN"}), home="ARN")
    codes = resolve_actors(world, "the villagers", date=DATE, context=CONTEXT, memory=memory)
    assert codes and codes[0].country == "GND"
