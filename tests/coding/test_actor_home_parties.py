"""actors20: a party or the opposition named with no country ("Labor", "the Greens", "the
Coalition", "the Opposition leader", "the Tory government") is of the story's home, not of the
country the story names most; a country the phrase states or a reference found stands, and
the party's short names are no party where they name work or its ministry."""

from __future__ import annotations

import pytest

from detente.coding.actors import ActorMemory, load_actor_lexicon, resolve_actors
from detente.lexicons.actors import ActorLexicon

from support import FIXTURES

# A story set in Arnor (its places) about a deal with Gondor, which it names most.
CONTEXT = "Gondor's king met Arnor's king. Gondor and Gondorian merchants praised the deal."


@pytest.fixture(scope="module")
def world() -> ActorLexicon:
    return load_actor_lexicon([FIXTURES / "actors_middle_earth.yaml"], imported=False)


def _arnor_story() -> ActorMemory:
    return ActorMemory(places=frozenset({"GND", "ARN"}), home="ARN")


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Labor", "PTY"),
        ("The Greens", "PTY"),
        ("the Coalition", "PTY"),
        ("the Tories", "PTY"),
        ("Labour", "PTY"),
        ("the Social Democrats", "PTY"),
        ("The Opposition", "OPP"),
        ("the Opposition leader", "OPP"),
        ("the party", "PTY"),
        ("the Labor government", "GOV"),
        ("Labour MPs", "LEG"),
    ],
)
def test_a_party_without_a_country_is_the_storys_homes(
    world: ActorLexicon, text: str, sector: str
) -> None:
    codes = resolve_actors(world, text, context=CONTEXT, memory=_arnor_story())
    assert codes and (codes[0].country, codes[0].sector) == ("ARN", sector)


def test_without_a_home_the_context_guess_stands(world: ActorLexicon) -> None:
    memory = ActorMemory(places=frozenset({"GND", "ARN"}), home=None)
    codes = resolve_actors(world, "The Opposition", context=CONTEXT, memory=memory)
    assert codes and codes[0].country == "GND"


@pytest.mark.parametrize("text", ["Gondor's opposition", "the Gondorian Greens"])
def test_a_party_whose_country_is_stated_keeps_it(world: ActorLexicon, text: str) -> None:
    codes = resolve_actors(world, text, context=CONTEXT, memory=_arnor_story())
    assert codes and codes[0].country == "GND"


@pytest.mark.parametrize("text", ["the government", "the army", "the merchants"])
def test_other_parties_keep_the_context_guess(world: ActorLexicon, text: str) -> None:
    # only party politics is a home's own: a government or army may be the partner's
    codes = resolve_actors(world, text, context=CONTEXT, memory=_arnor_story())
    assert codes and codes[0].country == "GND"


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Labor groups", "LAB"),
        ("Labor Secretary Ioreth", "GOV"),
        ("the Department of Labor", "GOV"),
        ("labor", None),
        ("the liberals", None),
    ],
)
def test_work_and_its_ministry_are_no_party(
    world: ActorLexicon, text: str, sector: str | None
) -> None:
    codes = resolve_actors(world, text, context=CONTEXT, memory=_arnor_story())
    assert all(c.sector != "PTY" for c in codes)
    if sector is not None:
        assert codes and codes[0].sector == sector


def test_labor_day_names_no_one(world: ActorLexicon) -> None:
    assert resolve_actors(world, "Labor Day", context=CONTEXT, memory=_arnor_story()) == ()


def test_a_context_country_no_place_names_stands(world: ActorLexicon) -> None:
    """lead25: the story's one place is where troops went (Mordor); its people are Gondor's,
    so the context guess (Gondor) is no rival place to move from."""
    memory = ActorMemory(places=frozenset({"MDR"}), home="MDR")
    codes = resolve_actors(world, "The Opposition", context=CONTEXT, memory=memory)
    assert codes and codes[0].country == "GND"
