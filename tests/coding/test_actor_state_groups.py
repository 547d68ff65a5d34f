"""Parties that are several states ("two dozen Western countries", "member states") take no one
state's country; a "they" after such an uncoded plural subject is not a party named before it;
"the Centre" is India's union government in a story about India."""

from __future__ import annotations

import pytest

from detente.coding.actors import (
    ActorCode,
    ActorLexicon,
    ActorMemory,
    load_actor_lexicon,
    resolve_actor,
    resolve_actors,
)
from detente.coding.events import Coder, code_article
from detente.coding.placement import placed
from detente.coding.state_groups import STATES_RULE
from detente.records import ActorMention, Article, Place

from middle_earth import DATE
from support import FIXTURES, build_doc

STORY = "Gondor's steward met his council in Minas Tirith on Monday."
OSGILIATH = Place(
    name="Osgiliath", country="GND", lat=0.0, lon=0.0, precision="city", rule="dateline"
)


@pytest.fixture(scope="module")
def world() -> ActorLexicon:
    return load_actor_lexicon([FIXTURES / "actors_middle_earth.yaml"], imported=False)


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("The governments of two dozen Western countries", "GOV"),
        ("member states", "GOV"),
        ("European officials", "GOV"),
        ("world leaders", "GOV"),
    ],
)
def test_several_states_take_no_country_from_the_context(
    world: ActorLexicon, text: str, sector: str
) -> None:
    memory = ActorMemory()
    gondor = resolve_actor(world, "Gondor")
    assert gondor is not None
    memory.remember(gondor)
    code = resolve_actor(world, text, context=STORY, memory=memory)
    assert code is not None
    assert (code.country, code.sector, code.rule) == (None, sector, STATES_RULE)


def test_business_of_several_states_is_multinational(world: ActorLexicon) -> None:
    code = resolve_actor(world, "The chiefs of Europe's five largest companies", context=STORY)
    assert code is not None and (code.country, code.sector) == ("MNC", "BUS")


@pytest.mark.parametrize("text", ["Nearly 70 countries", "world powers", "Western capitals"])
def test_a_group_of_states_named_by_its_plural_acts_as_governments(
    world: ActorLexicon, text: str
) -> None:
    code = resolve_actor(world, text)
    assert code is not None and (code.country, code.sector) == (None, "GOV")


def test_a_named_state_beside_other_countries_lends_them_nothing(world: ActorLexicon) -> None:
    codes = resolve_actors(world, "Gondor and other countries", context=STORY)
    assert [(c.country, c.sector) for c in codes] == [("GND", None)]


@pytest.mark.parametrize(
    "text", ["the states", "officials in western Gondor", "First Nations chiefs"]
)
def test_one_federations_states_and_directions_are_no_group_of_states(
    world: ActorLexicon, text: str
) -> None:
    code = resolve_actor(world, text, context=STORY)
    assert code is not None and code.country == "GND" and code.rule != STATES_RULE


@pytest.mark.parametrize("text", ["the countries", "these nations", "civilians in these countries"])
def test_states_named_before_are_no_new_group(world: ActorLexicon, text: str) -> None:
    # "Arnor and Gondor … the countries are arming": the states just named, not a group of
    # many; nothing here codes them, as before
    assert all(c.rule != STATES_RULE for c in resolve_actors(world, text, context=STORY))


def test_several_states_take_no_country_from_the_events_place() -> None:
    group = ActorMention(text="member states", start=0, end=13, country=None, sector="GOV",
                         rule=STATES_RULE)  # fmt: skip
    assert placed((group,), OSGILIATH) == (group,)
    officials = ActorMention(text="officials", start=0, end=9, country=None, sector="GOV",
                             rule="agent")  # fmt: skip
    (local,) = placed((officials,), OSGILIATH)
    assert local.country == "GND"


def test_they_after_an_uncoded_plural_is_not_the_party_named_before(world: ActorLexicon) -> None:
    memory = ActorMemory()
    mordor = resolve_actor(world, "Mordorian envoys")
    assert mordor is not None
    memory.remember(mordor)
    assert resolve_actor(world, "they", memory=memory) is not None
    realms = ActorCode(country=None, sector=None, name=None, matched="Twenty realms",
                       rule="uncoded-group")  # fmt: skip
    memory.block(realms)
    assert resolve_actors(world, "they", memory=memory) == ()
    # "it" and "he" cannot stand for a plural, so they look past it
    code = resolve_actor(world, "it", memory=memory)
    assert code is not None and code.country == "MDR"


def test_they_after_a_plural_known_by_sector_alone_is_that_sector(world: ActorLexicon) -> None:
    memory = ActorMemory()
    mordor = resolve_actor(world, "Mordorian envoys")
    countries = resolve_actor(world, "Twenty countries")
    villagers = ActorCode(country=None, sector="CVL", name=None, matched="villagers",
                          rule="agent")  # fmt: skip
    assert mordor is not None and countries is not None
    memory.remember(mordor)
    memory.block(villagers)
    code = resolve_actor(world, "they", memory=memory)
    assert code is not None and (code.country, code.sector, code.rule) == (None, "CVL", "reference")
    memory.block(countries)  # a group of states stays one: no place may lend it a country
    code = resolve_actor(world, "They", memory=memory)
    assert code is not None and (code.country, code.sector, code.rule) == (None, "GOV", STATES_RULE)


def _expelled_then_they() -> list[tuple]:
    # "Twenty realms expelled Mordorian envoys . They accused Mordor ."
    return [
        ("Twenty", "twenty", "NUM", "nummod", 1),
        ("realms", "realm", "NOUN", "nsubj", 2),
        ("expelled", "expel", "VERB", "ROOT", 2),
        ("Mordorian", "Mordorian", "ADJ", "amod", 4),
        ("envoys", "envoy", "NOUN", "dobj", 2),
        (".", ".", "PUNCT", "punct", 2),
        ("They", "they", "PRON", "nsubj", 7),
        ("accused", "accuse", "VERB", "ROOT", 7),
        ("Mordor", "Mordor", "PROPN", "dobj", 7),
        (".", ".", "PUNCT", "punct", 7),
    ]


def test_a_sentence_after_an_uncoded_plural_subject_gives_they_no_actor(coder: Coder) -> None:
    tags = {1: "NNS", 2: "VBD", 4: "NNS", 6: "PRP", 7: "VBD"}
    doc = build_doc(_expelled_then_they(), tags=tags, starts=(0, 6))
    article = Article(doc_id="t1", origin="test", text=doc.text, date=DATE)
    events = code_article(coder, article, doc)
    assert not [e for e in events if e.trigger.text == "accused"]
    # the same sentence after a coded subject keeps its actor
    rows = _expelled_then_they()
    rows[0:2] = [("Arnor", "Arnor", "PROPN", "compound", 1), ("lords", "lord", "NOUN", "nsubj", 2)]
    doc = build_doc(rows, tags=tags, starts=(0, 6))
    article = Article(doc_id="t2", origin="test", text=doc.text, date=DATE)
    accused = [e for e in code_article(coder, article, doc) if e.trigger.text == "accused"]
    assert accused and accused[0].actor


INDIA = "NEW DELHI: Farmers from Punjab marched on India's capital on Monday."


@pytest.mark.parametrize("text", ["the Centre", "The Center"])
def test_the_centre_is_indias_union_government_in_a_story_about_india(
    world: ActorLexicon, text: str
) -> None:
    code = resolve_actor(world, text, context=INDIA)
    assert code is not None and (code.country, code.sector) == ("IND", "GOV")


@pytest.mark.parametrize(("text", "context"), [("the Centre", STORY), ("the centre", INDIA)])
def test_the_centre_elsewhere_or_in_lower_case_is_no_government(
    world: ActorLexicon, text: str, context: str
) -> None:
    assert resolve_actors(world, text, context=context) == ()


# actors21: an Indian paper's story about fishermen held in Pakistan names Pakistan most.
FISHERMEN = "Pakistan arrested the fishermen. Pakistan and Pakistani courts held them in Karachi."


def test_the_centre_is_the_indian_papers_own_in_a_story_about_pakistan(
    world: ActorLexicon,
) -> None:
    memory = ActorMemory(places=frozenset({"PAK", "IND"}), home="PAK", press="IND")
    code = resolve_actor(world, "the Centre", context=FISHERMEN, memory=memory)
    assert code is not None and (code.country, code.sector) == ("IND", "GOV")


def test_the_centre_in_a_paper_of_another_country_is_the_storys(world: ActorLexicon) -> None:
    memory = ActorMemory(places=frozenset({"PAK", "IND"}), home="PAK", press="GBR")
    code = resolve_actor(world, "the Centre", context=FISHERMEN, memory=memory)
    assert code is not None and code.country == "PAK"
