"""actors13: a demonym that heads a phrase after a determiner and has a plural people's name
("the Briton", "a 45-year-old Gondorian") is one private person of that nation; a demonym with
no such plural ("the Orcish") names the nation's side, as before."""

from __future__ import annotations

import pytest

from detente.coding.actors import load_actor_lexicon, resolve_actor
from detente.lexicons.actors import ActorLexicon

from support import FIXTURES


@pytest.fixture(scope="module")
def world() -> ActorLexicon:
    return load_actor_lexicon([FIXTURES / "actors_middle_earth.yaml"], imported=False)


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("The Gondorian", "GND", "CVL"),
        ("a 45-year-old Gondorian", "GND", "CVL"),
        ("The Orcish", "MDR", None),  # no "Orcishs": not one person
        ("Gondorian", "GND", None),  # no determiner: the adjective alone
        ("the Gondorian envoy", "GND", "GOV"),  # a stated office wins
    ],
)
def test_a_singular_demonym_head_is_a_private_person(
    world: ActorLexicon, text: str, country: str, sector: str | None
) -> None:
    code = resolve_actor(world, text)
    assert code is not None and (code.country, code.sector) == (country, sector)
