"""People and bodies an article has named already: a surname or a bare title later in the story
is the one the article introduced, and a capital's name is the town the dateline names
(coding/namesakes.py).

Made-up world: two Tooks in office in two realms, an unknown Dunlending minister, a crown prince
of Mordor and a steward of Gondor, and an Arnorian town that shares a Gondorian seat's name.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

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
from detente.coding.placement import placed, royal_elsewhere
from detente.geo.gazetteer import Candidate
from detente.geo.locate import ArticlePlaces, PlaceMention
from detente.lexicons.english import english
from detente.records import ActorMention, Place

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


def test_a_royal_title_takes_no_country_from_the_context_of_a_state_without_a_monarch(
    world: ActorLexicon,
) -> None:
    # none of the made-up realms is in the monarchies list: "Crown Prince Gothmog" in a story
    # about Gondor is not Gondorian on the context's word, while a minister is
    story = "Gondor's council met in Osgiliath as Gondor prepared for talks."
    prince = resolve_actor(world, "Crown Prince Gothmog", date=DATE, context=story)
    steward = resolve_actor(world, "Minister Hurin", date=DATE, context=story)
    assert prince is not None and (prince.country, prince.sector) == (None, "GOV")
    assert steward is not None and steward.country == "GND"


def _mention(text: str) -> ActorMention:
    return ActorMention(text=text, start=0, end=len(text), country=None, sector="GOV",
                        rule="stated-role")


def _at(country: str) -> Place:
    return Place(name="Osgiliath", country=country, lat=0.0, lon=0.0, precision="city",
                 rule="clause")


def test_a_royal_is_not_placed_where_the_event_happens_in_a_state_without_a_monarch() -> None:
    # "Crown Prince Gothmog met the steward in Osgiliath": the prince is no Gondorian
    prince, steward = _mention("Crown Prince Gothmog"), _mention("Steward Hurin")
    assert placed((prince, steward), _at("GND")) == (replace(steward, country="GND",
                                                             rule="location"),)
    # in a kingdom the event's place may still place them ("King X spoke in Amman")
    [king] = placed((prince,), _at("JOR"))
    assert king.country == "JOR"


def test_definite_people_do_not_take_the_country_of_the_last_actor_of_another_sector(
    world: ActorLexicon,
) -> None:
    # "Mordor's crown prince called for aid to the villagers": the villagers are where the
    # story is (Gondor), not of the prince's realm
    story = "Refugees fled across Gondor as the war in Gondor spread."
    code = resolve_actor(world, "the villagers", date=DATE, context=story,
                         memory=_remembered(PRINCE))
    assert code is not None and (code.country, code.sector) == ("GND", "CVL")


def test_a_definite_organ_of_state_takes_the_last_actor_named(world: ActorLexicon) -> None:
    story = "Refugees fled across Gondor as the war in Gondor spread."
    code = resolve_actor(world, "the ministry", date=DATE, context=story,
                         memory=_remembered(PRINCE))
    assert code is not None and (code.country, code.sector) == ("MDR", "GOV")


def test_isis_written_as_a_word_is_the_islamic_state() -> None:
    # British papers write the acronym as a word ("Isis fighters"), as they write "Nato"
    shipped = load_actor_lexicon()
    code = resolve_actor(shipped, "Isis fighters", date=DATE)
    assert code is not None and (code.country, code.sector, code.name) == (
        "IMG", "REB", "Islamic State")


@pytest.mark.parametrize("text", ["we", "We", "us"])
def test_we_is_the_speakers_side_not_the_last_actor_named(world: ActorLexicon, text: str) -> None:
    # '"We will not yield," the steward said' after a line about Mordor: "we" is not Mordor
    memory = _remembered(PRINCE)
    assert resolve_actor(world, text, date=DATE, memory=memory) is None


def test_they_is_still_the_last_actor_named(world: ActorLexicon) -> None:
    code = resolve_actor(world, "they", date=DATE, memory=_remembered(PRINCE))
    assert code is not None and code.country == "MDR"


@pytest.mark.parametrize("text", ["Jaime King's new baby", "King's four year old son"])
def test_a_royal_word_used_as_a_surname_is_placed_as_anyone(text: str) -> None:
    # "Jaime King", "King's son" (no "the"): the word is the family's name, not a title
    [person] = placed((_mention(text),), _at("GND"))
    assert person.country == "GND"


def test_a_royal_word_owning_a_phrase_with_no_the_is_a_family_name(world: ActorLexicon) -> None:
    # "King's son Elanor" in a Gondor story: the Kings' son, of the story's country
    story = "Gondor's council met in Osgiliath as Gondor prepared for talks."
    code = resolve_actor(world, "King's son Elanor", date=DATE, context=story)
    assert code is not None and code.country == "GND"


@pytest.mark.parametrize("text", ["Hurin and King", "King"])
def test_a_royal_word_with_no_name_after_and_no_the_is_a_surname(
    world: ActorLexicon, text: str
) -> None:
    # "Williams and King also allege": King is one of two people's names
    story = "Gondor's council met in Osgiliath as Gondor prepared for talks."
    code = resolve_actor(world, text, date=DATE, context=story)
    assert code is None or code.country == "GND"
    assert royal_elsewhere(text, "GND", english().words) is False


def test_a_royal_title_before_a_name_or_after_the_is_a_title() -> None:
    words = english().words
    assert all(royal_elsewhere(t, "GND", words) for t in ("King Elessar", "the Gondorian king"))


def test_forces_of_the_storys_context_are_not_placed_where_they_fight() -> None:
    # lead17: "Eighteen troops who were wounded in Osgiliath" in an Arnorian story: the troops
    # stay Arnor's (the context's), officials of no country still take the place's
    troops = ActorMention(text="Eighteen troops", start=0, end=15, country="ARN", sector="MIL",
                          rule="context")
    travelling = english().codes.travelling_sectors
    assert placed((troops,), _at("GND"), travelling=travelling) == (troops,)
    army = replace(troops, text="the national army")  # a home force is the place's own
    [moved] = placed((army,), _at("GND"), travelling=travelling)
    assert (moved.country, moved.rule) == ("GND", "location")
    [official] = placed((_mention("officials"),), _at("GND"))
    assert official.country == "GND"
