"""People and bodies an article has named already: a surname or a bare title later in the story
is the one the article introduced, and a capital's name is the town the dateline names
(coding/namesakes.py).

Made-up world: two Tooks in office in two realms, an unknown Dunlending minister, a crown prince
of Mordor and a steward of Gondor, and an Arnorian town that shares a Gondorian seat's name.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.actors import (
    ActorCode,
    ActorLexicon,
    ActorMemory,
    load_actor_lexicon,
    resolve_actor,
)
from detente.coding.events import Coder
from detente.coding.namesakes import namesake_map
from detente.geo.gazetteer import Candidate
from detente.geo.locate import ArticlePlaces, PlaceMention

from support import FIXTURES

TOOKS = """\
version: tooks-1
people:
  - {name: Ferumbras Took, country: GND, roles: [{title: President, start: 2001-01-01}]}
  - {name: Pervinca Took, country: ARN,
     roles: [{title: Interior Minister, start: 2015-01-01, end: 2025-01-01}]}
"""
DATE = dt.date(2020, 6, 1)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> ActorLexicon:
    tooks = tmp_path_factory.mktemp("actors") / "tooks.yaml"
    tooks.write_text(TOOKS, encoding="utf-8")
    return load_actor_lexicon([FIXTURES / "actors_middle_earth.yaml", tooks], imported=False)


def test_a_titled_surname_is_the_bearer_the_article_named_in_full(world: ActorLexicon) -> None:
    # two Tooks hold office; the story named Pervinca Took, so "Secretary Took" is she
    story = "Arnor's Interior Minister Pervinca Took arrived in Bree on Monday."
    code = resolve_actor(world, "Secretary Took", date=DATE, context=story)
    assert code is not None and (code.country, code.name) == ("ARN", "Pervinca Took")


def test_a_titled_surname_the_article_never_named_in_full_is_read_as_before(
    world: ActorLexicon,
) -> None:
    code = resolve_actor(world, "Secretary Took", date=DATE, context="Rain fell on Bree.")
    assert code is not None and code.name == "Ferumbras Took"


def _remembered(*codes: ActorCode) -> ActorMemory:
    memory = ActorMemory()
    for code in codes:
        memory.remember(code)
    return memory


WULF = ActorCode(country="MDR", sector="GOV", name="Wulf El Dunland",
                 matched="Wulf El Dunland, the Mordorian minister", rule="stated-role")


def test_a_two_word_surname_is_the_person_the_article_named_before(world: ActorLexicon) -> None:
    # "Wulf El Dunland, the Mordorian minister, ..." then "El Dunland condemned ..."
    code = resolve_actor(world, "El Dunland", date=DATE, memory=_remembered(WULF))
    assert code is not None
    assert (code.country, code.name, code.rule) == ("MDR", "Wulf El Dunland", "reference")


def test_two_words_that_are_not_the_end_of_a_remembered_name_recall_no_one(
    world: ActorLexicon,
) -> None:
    assert resolve_actor(world, "Wulf Dunland", date=DATE, memory=_remembered(WULF)) is None


PRINCE = ActorCode(country="MDR", sector="GOV", name="Gothmog",
                   matched="Mordor's Crown Prince Gothmog", rule="person-role")
STEWARD = ActorCode(country="GND", sector="GOV", name="Denethor",
                    matched="Steward Denethor", rule="person-role")


def test_a_definite_title_is_the_actor_the_article_named_with_that_title(
    world: ActorLexicon,
) -> None:
    # the steward was named last, but "the crown prince" is Mordor's
    code = resolve_actor(world, "the crown prince", date=DATE,
                         memory=_remembered(PRINCE, STEWARD))
    assert code is not None and (code.country, code.sector) == ("MDR", "GOV")


def test_a_definite_title_no_one_was_named_with_takes_the_latest_of_its_sector(
    world: ActorLexicon,
) -> None:
    code = resolve_actor(world, "the minister", date=DATE, memory=_remembered(PRINCE, STEWARD))
    assert code is not None and code.country == "GND"


def _town(country: str) -> Candidate:
    return Candidate(name="Minas Tirith", country=country, admin1=None, lat=0.0, lon=0.0,
                     geonames_id=None, population=20_000, precision="city", primary=True)


def _places(dateline: PlaceMention | None, *mentions: PlaceMention) -> ArticlePlaces:
    return ArticlePlaces(mentions=mentions, countries=frozenset(), divisions=frozenset(),
                         dateline=dateline)


def test_a_seat_named_as_the_datelines_foreign_town_is_that_towns(coder: Coder) -> None:
    # "MINAS TIRITH, Arnor --" opens the story: its police are an Arnorian town's
    town = PlaceMention(text="Minas Tirith", start=0, end=12, root=-1,
                        candidates=(_town("ARN"),))
    text = "The Minas Tirith Police Department"
    both = (_town("ARN"), _town("GND"))
    assert namesake_map(text, _places(town), coder.actors, lambda name: both) == {"GND": "ARN"}


def test_a_seat_stays_the_capital_when_no_dateline_or_qualified_town_says_otherwise(
    coder: Coder,
) -> None:
    # a bare "Minas Tirith" in the text, ambiguous between the capital and the Arnorian town
    bare = PlaceMention(text="Minas Tirith", start=40, end=52, root=3,
                        candidates=(_town("ARN"), _town("GND")))
    home = PlaceMention(text="Minas Tirith", start=0, end=12, root=-1,
                        candidates=(_town("GND"),))
    text = "The Minas Tirith Police Department"
    both = (_town("ARN"), _town("GND"))
    assert namesake_map(text, _places(None, bare), coder.actors, lambda name: both) == {}
    assert namesake_map(text, _places(home), coder.actors, lambda name: both) == {}


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("the party's national chairman", "PTY"),  # "national" qualifies the title here
        ("the Gondorian company chairman", "BUS"),
        ("the chairman", "GOV"),
        ("a Gondorian national", "CVL"),  # a citizen, when it heads the phrase
        # the named council, not the committee word that ends the phrase
        ("chairman of the White Council's trade committee", "GOV"),
        ("chairman of the Rangers of the North's trade committee", "REB"),
    ],
)
def test_a_chairman_heads_the_body_named_before_the_title(
    world: ActorLexicon, text: str, sector: str
) -> None:
    code = resolve_actor(world, text, date=DATE)
    assert code is not None and code.sector == sector

