"""actors21: a national body's name followed by "of" and another country is that country's
body ("the National Security Council of Pakistan"), though a lexicon lists one state's agency
by that name; "in" names where a body acts, not whose it is, and bodies of no one state keep
their codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.coding.actors import load_actor_lexicon, resolve_actors
from detente.lexicons.actors import ActorLexicon

from support import FIXTURES

# Gondor's watch agency, listed under a descriptive name any realm could give its own.
AGENCY = """version: test-agency
organisations:
  - {name: Realm Watch Agency, aliases: [RWA], country: GND, sector: GOV}
"""


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> ActorLexicon:
    extra: Path = tmp_path_factory.mktemp("agency") / "agency.yaml"
    extra.write_text(AGENCY)
    return load_actor_lexicon([FIXTURES / "actors_middle_earth.yaml", extra], imported=False)


@pytest.mark.parametrize(
    "text", ["the Realm Watch Agency of Arnor", "The Realm Watch Agency (RWA) of Arnor"]
)
def test_a_body_of_another_named_country_is_that_countrys(world: ActorLexicon, text: str) -> None:
    codes = resolve_actors(world, text)
    assert codes and (codes[0].country, codes[0].sector) == ("ARN", "GOV")


@pytest.mark.parametrize(
    "text", ["the Realm Watch Agency in Arnor", "the Realm Watch Agency",
             "the Realm Watch Agency of Gondor"],
)
def test_a_body_acting_abroad_keeps_its_country(world: ActorLexicon, text: str) -> None:
    codes = resolve_actors(world, text)
    assert codes and codes[0].country == "GND"


def test_a_body_of_no_one_state_keeps_its_code(world: ActorLexicon) -> None:
    codes = resolve_actors(world, "the White Council of Arnor")
    assert codes and codes[0].country == "IGO"
