"""recip18: "more than 300 Gondorian soldiers", "fewer than 20 Orcs": a comparative before
"than" counts the people named after it (English grammar), so the phrase names them; "than"
after any other word still sets a counterpart beside the head ("rather than")."""

from __future__ import annotations

import pytest

from detente.coding.actors import load_actor_lexicon, resolve_actors
from detente.lexicons.actors import ActorLexicon

from support import FIXTURES


@pytest.fixture(scope="module")
def world() -> ActorLexicon:
    return load_actor_lexicon([FIXTURES / "actors_middle_earth.yaml"], imported=False)


@pytest.mark.parametrize(
    "text", ["more than 300 Gondorian soldiers", "fewer than 20 Gondorian soldiers"]
)
def test_people_counted_with_than_are_the_phrase_s_party(world: ActorLexicon, text: str) -> None:
    codes = resolve_actors(world, text)
    assert [(c.country, c.sector) for c in codes] == [("GND", "MIL")]


def test_than_after_another_word_still_names_a_counterpart(world: ActorLexicon) -> None:
    codes = resolve_actors(world, "Gondorian soldiers rather than Orcs")
    assert [c.country for c in codes] == ["GND"]
