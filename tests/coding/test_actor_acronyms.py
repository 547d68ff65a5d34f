"""Acronyms of organisations written capitalised ("Nato", "Farc") as British papers write them."""

from __future__ import annotations

import pytest

from detente.coding.actors import ActorLexicon, load_actor_lexicon, resolve_actor

from support import FIXTURES

BODIES = """\
version: acronyms-1
organisations:
  - {name: Fellowship of the Ring, aliases: [FOTR], country: IGO, sector: MIL}
  - {name: Eriador League of Rangers and Northern Dunedain, aliases: [ELROND], country: ARN}
  - {name: Ring Watch, aliases: [RW], country: GND, sector: COP}
people:
  - {name: Elrond Peredhel, country: ARN, roles: [{title: Lord, start: 2000-01-01}]}
"""


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> ActorLexicon:
    bodies = tmp_path_factory.mktemp("actors") / "bodies.yaml"
    bodies.write_text(BODIES, encoding="utf-8")
    return load_actor_lexicon([FIXTURES / "actors_middle_earth.yaml", bodies], imported=False)


@pytest.mark.parametrize("text", ["FOTR", "Fotr", "the Fotr troops"])
def test_a_word_like_acronym_matches_in_capitals_or_capitalised(
    world: ActorLexicon, text: str
) -> None:
    code = resolve_actor(world, text)
    assert code is not None and (code.country, code.sector) == ("IGO", "MIL")


@pytest.mark.parametrize("text", ["fotr", "Rw", "Elrond"], ids=["lower", "short", "given-name"])
def test_lower_case_short_or_given_name_forms_are_not_the_acronym(
    world: ActorLexicon, text: str
) -> None:
    # two letters are no word-like acronym; "Elrond" is someone's given name, ELROND a league
    code = resolve_actor(world, text)
    assert code is None or (code.country, code.sector) not in {("IGO", "MIL"), ("GND", "COP")}
    assert code is None or code.name != "Eriador League of Rangers and Northern Dunedain"
