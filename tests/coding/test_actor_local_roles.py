"""Local government and words whose sector the phrase or the story decides: a city, town or
county that acts is its government; "former" makes elites of office holders only; a sheriff's
deputies are police; "X Indians" is a people's own name; a body named by a name of its own
("the city of Osgiliath") is no party remembered before (coding/phrase_roles.py, agents.yaml)."""

from __future__ import annotations

import pytest

from detente.coding.actors import (
    ActorLexicon,
    ActorMemory,
    load_actor_lexicon,
    resolve_actor,
    resolve_actors,
)
from detente.coding.namesakes import namesake_map
from detente.geo.gazetteer import Candidate
from detente.geo.locate import ArticlePlaces, PlaceMention

from support import FIXTURES

# Annuminas: Arnor's seat, and a town of Gondor as well; Osgiliath and Ithilien are Gondor's.
TOWNS = {"Annuminas": ("ARN", "GND"), "Osgiliath": ("GND",), "Ithilien": ("GND",)}
SHERIFF_STORY = "The Anorien County Sheriff's Office said deputies found the stolen horses."
COUNCIL_STORY = "Gondor's steward met his council in Minas Tirith."


@pytest.fixture(scope="module")
def world() -> ActorLexicon:
    return load_actor_lexicon([FIXTURES / "actors_middle_earth.yaml"], imported=False)


def _sector(world: ActorLexicon, text: str, context: str | None = None) -> str | None:
    code = resolve_actor(world, text, context=context)
    assert code is not None, text
    return code.sector


@pytest.mark.parametrize(
    "text",
    ["the city", "The town", "the county", "City officials", "the City of Osgiliath",
     "the county board of supervisors", "The city planning commission", "the village board",
     "councilman Hob Hayward", "the Board of Elections"],
)
def test_a_city_town_or_county_that_acts_is_its_local_government(
    world: ActorLexicon, text: str
) -> None:
    assert _sector(world, text) == "GOV"


@pytest.mark.parametrize("text", ["villages", "a village", "towns", "city residents",
                                  "the town's residents"])
def test_villages_and_the_people_of_a_town_stay_civilians(world: ActorLexicon, text: str) -> None:
    assert _sector(world, text) == "CVL"


@pytest.mark.parametrize("text", ["a former dentist", "former employees", "a retired teacher",
                                  "a former farmer"])
def test_a_status_word_over_no_office_is_a_private_persons_past(
    world: ActorLexicon, text: str
) -> None:
    assert _sector(world, text) == "CVL"


@pytest.mark.parametrize("text", ["a former minister", "the former Gondorian ambassador",
                                  "retired generals", "former Steward Denethor"])
def test_a_status_word_over_an_office_is_an_elite(world: ActorLexicon, text: str) -> None:
    assert _sector(world, text) == "ELI"


@pytest.mark.parametrize("text", ["Deputies", "a deputy", "his deputies"])
def test_deputies_in_a_sheriffs_story_are_police(world: ActorLexicon, text: str) -> None:
    assert _sector(world, text, SHERIFF_STORY) == "COP"


def test_deputies_elsewhere_keep_their_generic_sector(world: ActorLexicon) -> None:
    assert _sector(world, "his deputies", COUNCIL_STORY) == "GOV"


@pytest.mark.parametrize("text", ["the Dunland Indians", "Dunland and Enedwaith Indians"])
def test_indians_after_a_name_of_their_own_are_no_indian_nationals(
    world: ActorLexicon, text: str
) -> None:
    assert all(code.country != "IND" for code in resolve_actors(world, text))


@pytest.mark.parametrize(
    "text", ["Indian Orchard Citizens Council", "the Indian River County board"]
)
def test_indian_at_the_head_of_a_places_name_is_no_indian_party(
    world: ActorLexicon, text: str
) -> None:
    code = resolve_actor(world, text)
    assert code is not None and (code.country, code.sector) == (None, "GOV")


def test_indians_alone_are_still_indias_people(world: ActorLexicon) -> None:
    code = resolve_actor(world, "Indians")
    assert code is not None and (code.country, code.sector) == ("IND", "CVL")
    railways = resolve_actor(world, "Indian Railways")
    assert railways is not None and railways.country == "IND"


def test_a_body_named_by_its_own_place_takes_no_remembered_party(world: ActorLexicon) -> None:
    # "the city of Osgiliath" after "Orcs" of Mordor: a new party, placed by its own name later
    memory = ActorMemory()
    orcs = resolve_actor(world, "Orcs")
    assert orcs is not None
    memory.remember(orcs)
    code = resolve_actor(world, "the city of Osgiliath", memory=memory)
    assert code is not None and (code.country, code.sector) == (None, "GOV")
    named_before = resolve_actor(world, "the city", memory=memory)
    assert named_before is not None and named_before.sector == "GOV"


def test_a_named_body_takes_the_context_country_as_a_guess(world: ActorLexicon) -> None:
    memory = ActorMemory()
    orcs = resolve_actor(world, "Orcs")
    assert orcs is not None
    memory.remember(orcs)
    code = resolve_actor(world, "the city of Osgiliath", context=COUNCIL_STORY, memory=memory)
    assert code is not None and (code.country, code.rule) == ("GND", "context")


@pytest.mark.parametrize(
    "text",
    ["Hob Hayward, 45, of Annuminas was arrested. Rain fell in Osgiliath and Ithilien.",
     "Police arrested Hob Hayward of Annuminas. Rain fell in Osgiliath and Ithilien.",
     # lead15: a court's or police list names each person, age, town
     "Those indicted: Hob Hayward, 45, Annuminas. Rain fell in Osgiliath and Ithilien."],
)
def test_a_person_of_a_town_named_like_a_foreign_seat_lives_at_home(text: str) -> None:
    # Annuminas is Arnor's seat and a Gondorian town; local news names people with their town
    actors = load_actor_lexicon([FIXTURES / "actors_middle_earth.yaml"])
    assert namesake_map(text, _home_places(), actors, _towns) == {"ARN": "GND"}


def test_a_title_of_a_foreign_seat_names_the_state() -> None:
    actors = load_actor_lexicon([FIXTURES / "actors_middle_earth.yaml"])
    text = "The President of Annuminas was arrested. Rain fell in Osgiliath and Ithilien."
    assert namesake_map(text, _home_places(), actors, _towns) == {}
    # a year and a comma before the name is no list of people's ages and towns
    text = "In 2009, Annuminas sent envoys. Rain fell in Osgiliath and Ithilien."
    assert namesake_map(text, _home_places(), actors, _towns) == {}


def _towns(name: str) -> tuple[Candidate, ...]:
    return tuple(
        Candidate(name=name, country=country, admin1=None, lat=0.0, lon=0.0, population=5_000,
                  geonames_id=None, precision="city", primary=True)
        for country in TOWNS.get(name, ())
    )  # fmt: skip


def _home_places() -> ArticlePlaces:
    """The story's own places: Osgiliath and Ithilien, both in Gondor."""
    found = tuple(
        PlaceMention(text=name, start=0, end=len(name), root=0, candidates=_towns(name))
        for name in ("Osgiliath", "Ithilien")
    )
    return ArticlePlaces(mentions=found, countries=frozenset(), divisions=frozenset(),
                         dateline=None)  # fmt: skip


def test_a_town_in_the_tail_says_where_a_people_is_not_who(world: ActorLexicon) -> None:
    code = resolve_actor(world, "Orcs in the city of Osgiliath")
    assert code is not None and (code.country, code.sector) == ("MDR", "CVL")


def test_a_county_named_after_a_leader_is_no_leaders_country(world: ActorLexicon) -> None:
    # "Douglas County" is a place, not the government of a Prime Minister Douglas
    code = resolve_actor(world, "Elessar County officials")
    assert code is not None and (code.country, code.sector) == (None, "GOV")
    ruled = resolve_actor(world, "the Elessar government")
    assert ruled is not None and (ruled.country, ruled.rule) == ("GND", "surname")


@pytest.mark.parametrize("text", ["the Eriador Valley Water District", "the Bree city council"])
def test_a_named_local_body_is_local_government(world: ActorLexicon, text: str) -> None:
    assert _sector(world, text) == "GOV"


def test_a_person_of_a_town_is_a_resident(world: ActorLexicon) -> None:
    code = resolve_actor(world, "the defendant, Hob Hayward, 52, of Bree City")
    assert code is not None and code.sector == "CVL"


def test_the_city_of_a_named_place_is_that_citys_body(world: ActorLexicon) -> None:
    code = resolve_actor(world, "The City of Minas Tirith")
    assert code is not None and (code.country, code.sector) == ("GND", "GOV")


def test_a_body_named_after_a_county_is_that_body(world: ActorLexicon) -> None:
    code = resolve_actor(world, "The Anorien County Rangers of the North")
    assert code is not None and (code.country, code.sector) == ("ARN", "REB")


@pytest.mark.parametrize("text", ["the Anorien County History Center", "Anorien County Egg"])
def test_a_county_before_a_name_of_its_own_names_no_body(world: ActorLexicon, text: str) -> None:
    assert resolve_actors(world, text) == ()


SURNAMES = """\
version: surnames-2
people:
  - {name: Bilbo Baggins, country: ARN, roles: [{title: President, start: 2000-01-01}]}
  - {name: Lobelia Baggins, country: ARN, roles: [{title: Foreign Minister, start: 2001-01-01}]}
  - {name: Baggins Hornblower, country: GND, roles: [{title: Mayor, start: 2000-01-01}]}
"""


def test_a_surname_more_people_bear_than_the_given_name_names_the_leader(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # "Clinton said": Bill, Hillary and Harry Clinton outnumber one Clinton Collymore
    path = tmp_path_factory.mktemp("surnames") / "bagginses.yaml"
    path.write_text(SURNAMES, encoding="utf-8")
    lexicon = load_actor_lexicon([FIXTURES / "actors_middle_earth.yaml", path], imported=False)
    assert "baggins" not in lexicon.given_names
    code = resolve_actor(lexicon, "Baggins")
    assert code is not None and (code.country, code.name) == ("ARN", "Bilbo Baggins")


def test_the_commission_is_one_named_before_not_any_government(world: ActorLexicon) -> None:
    memory = ActorMemory()
    unknown = resolve_actor(world, "the commission", memory=memory, context=COUNCIL_STORY)
    assert unknown is not None and unknown.country is None  # no commission named before
    for text in ("Gondor's trade commission", "the Arnorian government"):
        code = resolve_actor(world, text)
        assert code is not None
        memory.remember(code)
    found = resolve_actor(world, "the commission", memory=memory)
    assert found is not None and (found.country, found.rule) == ("GND", "reference")
    ministry = resolve_actor(world, "the ministry", memory=memory)
    assert ministry is not None and ministry.country == "ARN"  # any government's, as before


@pytest.mark.parametrize("text", ["the town's partner", "the city's bus drivers", "town"])
def test_a_town_that_owns_a_thing_or_stands_bare_is_its_people(
    world: ActorLexicon, text: str
) -> None:
    # "the town's partner, an energy firm", "welcome geothermal to town": no town government
    assert _sector(world, text) == "CVL"


@pytest.mark.parametrize(
    "text",
    ["the bombing in Minas Tirith", "an explosion at a market in Osgiliath",
     "the shelling of Osgiliath"],
)
def test_an_attack_named_by_its_act_is_no_actor_of_its_place(
    world: ActorLexicon, text: str
) -> None:
    # "The bombing in Kabul killed 20": the seat in the tail is where, not the bomber
    assert resolve_actors(world, text, context=COUNCIL_STORY) == ()


def test_an_attack_named_with_its_side_keeps_it(world: ActorLexicon) -> None:
    code = resolve_actor(world, "Mordorian shelling of Osgiliath")
    assert code is not None and code.country == "MDR"


def test_the_people_of_a_state_with_the_article_is_its_side(world: ActorLexicon) -> None:
    # "the Americans dropped a demand": the state, sector left open; "Orcs" are people
    side = resolve_actor(world, "the Orcs")
    assert side is not None and (side.country, side.sector) == ("MDR", None)
    people = resolve_actor(world, "many Orcs")
    assert people is not None and (people.country, people.sector) == ("MDR", "CVL")


FAMILY_FIRST = """\
version: surnames-3
people:
  - {name: Tuk Bella, surname: Tuk, country: ARN, roles: [{title: President, start: 2000-01-01}]}
  - {name: Took Gerontius, surname: Took, country: GND, roles: [{title: Mayor, start: 2000-01-01}]}
  - {name: Took Bandobras, country: GND, roles: [{title: Mayor, start: 2000-01-01}]}
"""


def test_a_family_name_written_first_is_no_given_name(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # actors13: "Xi Jinping", "Moon Jae-in": the first word is the person's own surname, so
    # "Xi said" is Xi; "Took" stays a given name, as Took Bandobras bears it so
    path = tmp_path_factory.mktemp("surnames") / "family_first.yaml"
    path.write_text(FAMILY_FIRST, encoding="utf-8")
    lexicon = load_actor_lexicon([FIXTURES / "actors_middle_earth.yaml", path], imported=False)
    assert "tuk" not in lexicon.given_names
    assert "took" in lexicon.given_names
    code = resolve_actor(lexicon, "Tuk")
    assert code is not None and (code.country, code.name) == ("ARN", "Tuk Bella")


@pytest.mark.parametrize(
    "text",
    ["the Anorien Highway Patrol", "the Ithilien State Patrol", "state troopers",
     "troopers", "the state police"],
)
def test_state_highway_patrols_and_troopers_are_police(world: ActorLexicon, text: str) -> None:
    # lead18: "The California Highway Patrol arrested ..." coded no actor at all
    assert _sector(world, text) == "COP"
