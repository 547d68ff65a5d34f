"""An acronym read with its article (actors12, coding/phrase_acronyms.py): several bodies share
one, and a name written before it makes it another body's name; a local body named by a name
of its own is of the country the article's places lie in."""

from __future__ import annotations

import pytest

from detente.coding.actors import ActorLexicon, ActorMemory, load_actor_lexicon, resolve_actors

from support import FIXTURES

BODIES = """\
version: acronym-context-1
organisations:
  - {name: Gondor Progressive League, aliases: [GPL], country: GND, code: GPL_GND, sector: PTY}
  - {name: Grey People's League, aliases: [GPL], country: ARN, code: GPL_ARN, sector: OPP}
  - {name: Movement for Dark Change, aliases: [MDK], country: MDR, code: MDK, sector: OPP}
  - {name: Rohan Aid Directorate, aliases: [RAD], country: GND, code: RAD, sector: GOV}
"""


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> ActorLexicon:
    bodies = tmp_path_factory.mktemp("actors") / "bodies.yaml"
    bodies.write_text(BODIES, encoding="utf-8")
    return load_actor_lexicon([FIXTURES / "actors_middle_earth.yaml", bodies], imported=False)


def _codes(world: ActorLexicon, text: str, context: str, places: frozenset[str] = frozenset()
           ) -> list[tuple[str | None, str | None]]:  # fmt: skip
    memory = ActorMemory(places=places)
    found = resolve_actors(world, text, context=context, memory=memory)
    return [(c.country, c.sector) for c in found]


@pytest.mark.parametrize(
    ("context", "country"),
    [
        ("The GPL accused the Arnorian government of fraud in the vote.", "ARN"),
        ("The GPL said Gondor would hold the vote in spring.", "GND"),
    ],
)
def test_a_shared_acronym_is_the_body_whose_country_the_article_names(
    world: ActorLexicon, context: str, country: str
) -> None:
    assert [c for c, _ in _codes(world, "The GPL", context)] == [country]


def test_the_countries_of_the_articles_places_choose_the_reading(world: ActorLexicon) -> None:
    codes = _codes(world, "the GPL", "The GPL won the vote in Bree.", places=frozenset({"ARN"}))
    assert codes == [("ARN", "OPP")]


def test_a_shared_acronym_in_an_article_naming_neither_country_keeps_the_first(
    world: ActorLexicon,
) -> None:
    assert [c for c, _ in _codes(world, "The GPL", "The GPL won the vote.")] == ["GND"]


def test_a_name_before_an_acronym_of_another_countrys_body_is_another_body(
    world: ActorLexicon,
) -> None:
    # a council of a town of Arnor that shares its letters with a party of Mordor
    context = "Bree MDK agreed to fund a playground in Bree, Arnor."
    assert _codes(world, "Bree MDK", context, places=frozenset({"ARN"})) == []


def test_a_name_before_an_acronym_whose_country_the_article_names_is_the_body(
    world: ActorLexicon,
) -> None:
    # "Udun MDK": the party's branch in a town of its own country
    context = "Udun MDK accused the Mordorian police of beating its members."
    assert _codes(world, "Udun MDK", context, places=frozenset({"MDR"})) == [("MDR", "OPP")]


def test_an_acronym_alone_needs_no_mention_of_its_country(world: ActorLexicon) -> None:
    # "RAD sent rescue teams to Arnor": a well-known body's acronym by itself stands
    assert _codes(world, "RAD", "RAD sent rescue teams to Arnor.") == [("GND", "GOV")]


def test_an_unread_acronym_lends_the_article_no_country(world: ActorLexicon) -> None:
    # "Bree MDK" named no Mordorian body: the city council after it is not Mordor's
    context = "Bree MDK agreed to fund a playground. Bree City Council rejected the plan."
    codes = _codes(world, "Bree City Council", context, places=frozenset({"ARN"}))
    assert codes == [(None, "GOV")]


def test_a_local_body_named_by_its_own_name_is_of_the_country_of_the_places(
    world: ActorLexicon,
) -> None:
    # the story names Gondor first, but its places lie in Arnor: the town's council is Arnor's
    context = "Gondor's envoy visited Bree. Bree City Council rejected the plan."
    memory = ActorMemory(places=frozenset({"ARN"}), home="ARN")
    codes = resolve_actors(world, "Bree City Council", context=context, memory=memory)
    assert [(c.country, c.sector) for c in codes] == [("ARN", "GOV")]


def test_a_local_body_nothing_places_is_not_placed_by_its_home_alone(
    world: ActorLexicon,
) -> None:
    # the story's home is Arnor, but nothing in its words placed the council anywhere: the
    # home only corrects a guess, it makes none (no new party of a country guessed for it)
    memory = ActorMemory(places=frozenset({"ARN"}), home="ARN")
    codes = resolve_actors(world, "Bree City Council", context="Bree City Council met.",
                           memory=memory)  # fmt: skip
    assert [(c.country, c.sector) for c in codes] == [(None, "GOV")]
