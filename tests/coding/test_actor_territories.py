"""actors14: a self-governing territory's own organs. In a story set in the Shire (a made-up
territory of Arnor with a code of its own), "the government" and "police" are the Shire's even
when the latest country named is Arnor; "the central government" stays Arnor's, and a story
set elsewhere keeps the guess."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.coding.actors import ActorCode, ActorMemory, load_actor_lexicon, resolve_actors
from detente.coding.authorities import home_country
from detente.lexicons.actors import ActorLexicon

from support import FIXTURES

SHIRE = (
    "version: shire-1\ncountries:\n"
    "  - {code: SHR, name: Shire, adjectives: [Shire-folk], sovereign: ARN}\n"
)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> ActorLexicon:
    shire = Path(tmp_path_factory.mktemp("shire")) / "shire.yaml"
    shire.write_text(SHIRE, encoding="utf-8")
    return load_actor_lexicon(
        [FIXTURES / "actors_middle_earth.yaml", shire], imported=False, use_cache=False
    )


def _arnor() -> ActorCode:
    return ActorCode(country="ARN", sector=None, name="Arnor", matched="Arnor",
                     rule="country-name")  # fmt: skip


def test_the_lexicon_knows_the_territorys_sovereign(world: ActorLexicon) -> None:
    assert world.sovereigns.get("SHR") == "ARN"


@pytest.mark.parametrize("text", ["the government", "The government", "police", "officials"])
def test_a_territorys_own_organs_in_a_story_set_there(world: ActorLexicon, text: str) -> None:
    # "a pony brought into the Shire from Arnor tested positive. The government will …"
    memory = ActorMemory(places=frozenset({"SHR", "ARN"}), home="SHR")
    memory.remember(_arnor())
    context = "Hobbiton officials said a pony brought into the Shire from Arnor fell ill."
    codes = resolve_actors(world, text, context=context, memory=memory)
    assert codes and codes[0].country == "SHR"


@pytest.mark.parametrize("text", ["the central government", "mainland authorities"])
def test_the_sovereigns_own_words_keep_the_sovereign(world: ActorLexicon, text: str) -> None:
    memory = ActorMemory(places=frozenset({"SHR", "ARN"}), home="SHR")
    memory.remember(_arnor())
    codes = resolve_actors(world, text, context="Arnor spoke.", memory=memory)
    assert codes and codes[0].country == "ARN"


def test_troops_may_be_the_sovereigns_garrison(world: ActorLexicon) -> None:
    memory = ActorMemory(places=frozenset({"SHR", "ARN"}), home="SHR")
    memory.remember(_arnor())
    codes = resolve_actors(world, "the troops", context="Arnor spoke.", memory=memory)
    assert not codes or codes[0].country != "SHR"


def test_a_story_set_in_another_country_keeps_the_guess(world: ActorLexicon) -> None:
    memory = ActorMemory(places=frozenset({"GND", "ARN"}), home="GND")
    memory.remember(_arnor())
    codes = resolve_actors(world, "the government", context="Arnor spoke.", memory=memory)
    assert codes and codes[0].country == "ARN"


def test_a_territory_named_more_than_its_sovereign_is_home() -> None:
    sovereigns = {"SHR": "ARN"}
    assert home_country({"SHR": 5, "ARN": 3}, sovereigns) == "SHR"  # its neighbour, no rival
    assert home_country({"SHR": 5, "ARN": 3}) is None  # without the fact: not twice as often
    assert home_country({"SHR": 3, "ARN": 3}, sovereigns) is None  # a tie names no home
    assert home_country({"ARN": 5, "SHR": 3}, sovereigns) is None  # the sovereign gets no such pass
    assert home_country({"SHR": 5, "ARN": 3, "GND": 3}, sovereigns) is None  # another rival
