"""A local story told in one country's own institutions ("the Sheriff's Office", "the
district attorney") is set in that country, though the gazetteer knows none of its towns.
Hand-built parses; rows are (word, lemma, POS, dependency, head index)."""

from __future__ import annotations

from detente.coding.authorities import article_home, institution_home
from detente.coding.events import Coder
from detente.geo.gazetteer import Candidate
from detente.geo.locate import ArticlePlaces, PlaceMention

from middle_earth import code, parties

PUNCT = (".", ".", "PUNCT", "punct")


def test_a_sheriffs_office_names_the_united_states_as_home() -> None:
    text = "Deputies of the Ash County Sheriff\u2019s Office searched the barn."
    assert institution_home(text, {}) == "USA"
    assert institution_home("The District Attorney filed the case.", {"USA": 1}) == "USA"


def test_no_institution_of_one_country_names_no_home() -> None:
    assert institution_home("The Sheriff of Nottingham rode out.", {}) is None
    assert institution_home("The county council met on Monday.", {}) is None


def test_places_of_another_country_named_more_often_outweigh_the_institution() -> None:
    text = "A state trooper from Ohio flew to Gondor."
    assert institution_home(text, {"GND": 2}) is None
    assert institution_home(text, {"GND": 1, "USA": 1}) == "USA"  # a tie keeps the home


def _arrest_told_by(office: list) -> list:
    """ "The trader was arrested on Thursday, <office> said." """
    said = 7 + len(office)
    return [
        ("The", "the", "DET", "det", 1),
        ("trader", "trader", "NOUN", "nsubjpass", 3),
        ("was", "be", "AUX", "auxpass", 3),
        ("arrested", "arrest", "VERB", "ccomp", said),
        ("on", "on", "ADP", "prep", 3),
        ("Thursday", "Thursday", "PROPN", "pobj", 4),
        (",", ",", "PUNCT", "punct", said),
        *office,
        ("said", "say", "VERB", "ROOT", said),
        (*PUNCT, said),
    ]


SHERIFFS_OFFICE = [
    ("the", "the", "DET", "det", 10),
    ("Sheriff", "Sheriff", "PROPN", "poss", 10),
    ("'s", "'s", "PART", "case", 8),
    ("Office", "Office", "PROPN", "nsubj", 11),
]
TOWN_COUNCIL = [
    ("the", "the", "DET", "det", 9),
    ("town", "town", "NOUN", "compound", 9),
    ("council", "council", "NOUN", "nsubj", 10),
]


def test_an_agentless_arrest_in_a_sheriffs_story_is_by_the_us_police(coder: Coder) -> None:
    rows = _arrest_told_by(SHERIFFS_OFFICE)
    events = code(coder, rows, tags={3: "VBN", 11: "VBD"}, joined=(8,))
    [event] = [e for e in events if e.cameo == "173"]
    assert parties(event.actor) == [("USA", "COP", "implied")]


def test_an_agentless_arrest_in_a_story_of_no_known_home_is_still_dropped(coder: Coder) -> None:
    rows = _arrest_told_by(TOWN_COUNCIL)
    events = code(coder, rows, tags={3: "VBN", 10: "VBD"})
    assert [e for e in events if e.cameo == "173"] == []


def test_us_classes_of_crime_and_local_bodies_name_the_united_states() -> None:
    assert institution_home("He was charged with a felony and two misdemeanors.", {}) == "USA"
    assert institution_home("A grand jury heard the case.", {}) == "USA"
    assert institution_home("The Ash Police Department said so.", {}) == "USA"
    assert institution_home("She was booked into the Ash County Jail.", {}) == "USA"
    # Whole words only: "felonious" is an adjective of any law.
    assert institution_home("A felonious act in Gondor.", {}) is None


def test_us_municipal_offices_name_the_united_states() -> None:
    # lead17: Commonwealth councils have councillors; "Councilwoman", "the county
    # commissioners" and "the board of supervisors" are told in US local news
    assert institution_home("Councilwoman Ann Reed voted no.", {}) == "USA"
    assert institution_home("The county commissioners met.", {}) == "USA"
    assert institution_home("The Board of Supervisors approved it.", {}) == "USA"
    assert institution_home("Councillor Ann Reed voted no.", {}) is None


def test_a_foreign_place_named_once_does_not_outweigh_the_institutions() -> None:
    # "Trail" once (a word the gazetteer knows as a town abroad) against a council of
    # councilmen: the story stays at home; named twice, the other country still decides
    text = "Councilman Bob Reed walked the trail."
    assert institution_home(text, {"GND": 1}) == "USA"
    assert institution_home(text, {"GND": 2}) is None


def _place(name: str, *readings: tuple[str, int, bool]) -> PlaceMention:
    """A mention of ``name`` read as (country, population, by its own name) towns."""
    found = tuple(
        Candidate(name=name, country=c, admin1=None, lat=0.0, lon=0.0, population=n,
                  geonames_id=None, precision="city", primary=own)  # type: ignore[arg-type]
        for c, n, own in readings
    )  # fmt: skip
    return PlaceMention(text=name, start=0, end=len(name), root=0, candidates=found)


def _article_places(*mentions: PlaceMention) -> ArticlePlaces:
    return ArticlePlaces(mentions=mentions, countries=frozenset({"ARN"}),
                         divisions=frozenset(), dateline=None)  # fmt: skip


def test_a_town_city_and_a_variant_spelling_do_not_hold_the_story_abroad() -> None:
    # lead17: "Dublin City Council" beside "Dublin" in an Ohio story of councilwomen, and
    # "Talla" (a room's name the gazetteer reads as a variant of a town abroad)
    text = "Councilwoman Ann Reed of the Annuminas City Council spoke in Talla 2."
    town = _place("Annuminas", ("ARN", 900_000, True), ("USA", 40_000, True))
    places = _article_places(
        town, town, _place("Annuminas City", ("ARN", 900_000, True)),
        _place("Talla", ("ARN", 80_000, False)),
    )
    assert article_home(text, places) == "USA"
    # without the town named alone, "Annuminas City" is only the foreign city
    places = _article_places(
        _place("Annuminas City", ("ARN", 900_000, True)),
        _place("Annuminas City", ("ARN", 900_000, True)),
    )
    assert article_home(text, places) == "ARN"
