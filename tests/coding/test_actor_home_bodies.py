"""actors15: a body every state has one of, named with no country ("the central bank", "the
Reserve Bank"), is the one the story named before, else that of the story's home; the latest
country the story named (a currency it compares, a partner) is no guess for it."""

from __future__ import annotations

import pytest

from detente.coding.actors import ActorCode, ActorMemory, load_actor_lexicon, resolve_actors
from detente.lexicons.actors import ActorLexicon

from support import FIXTURES

CONTEXT = "The Gondorian crown fell against the Arnorian penny."


@pytest.fixture(scope="module")
def world() -> ActorLexicon:
    return load_actor_lexicon([FIXTURES / "actors_middle_earth.yaml"], imported=False)


def _arnor() -> ActorCode:
    return ActorCode(country="ARN", sector=None, name="Arnor", matched="Arnorian",
                     rule="demonym")  # fmt: skip


@pytest.mark.parametrize("text", ["the central bank", "The Reserve Bank", "the reserve bank"])
def test_a_central_bank_without_a_country_is_the_storys_homes(
    world: ActorLexicon, text: str
) -> None:
    memory = ActorMemory(places=frozenset({"GND", "ARN"}), home="GND")
    memory.remember(_arnor())  # the latest country named: the currency compared
    codes = resolve_actors(world, text, context=CONTEXT, memory=memory)
    assert codes and codes[0].country == "GND"


def test_a_central_bank_named_before_is_the_one_meant(world: ActorLexicon) -> None:
    memory = ActorMemory(places=frozenset({"GND", "ARN"}), home="GND")
    memory.remember(ActorCode(country="ARN", sector="GOV", name=None,
                              matched="Reserve Bank of Arnor", rule="agent"))  # fmt: skip
    memory.remember(ActorCode(country="GND", sector="GOV", name=None, matched="Gondor",
                              rule="country-name"))  # fmt: skip
    codes = resolve_actors(world, "the central bank", context=CONTEXT, memory=memory)
    assert codes and codes[0].country == "ARN"


def test_without_a_home_the_guess_stands(world: ActorLexicon) -> None:
    memory = ActorMemory(places=frozenset({"GND", "ARN"}), home=None)
    memory.remember(_arnor())
    codes = resolve_actors(world, "the central bank", context=CONTEXT, memory=memory)
    assert codes and codes[0].country == "ARN"


def test_other_organs_of_state_keep_the_latest_country(world: ActorLexicon) -> None:
    memory = ActorMemory(places=frozenset({"GND", "ARN"}), home="GND")
    memory.remember(_arnor())
    codes = resolve_actors(world, "the finance ministry", context=CONTEXT, memory=memory)
    assert codes and codes[0].country == "ARN"
