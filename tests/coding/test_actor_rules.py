"""Resolver rules: surname administrations, place names that are no actors, guessed countries.

Phrases of a made-up world (Gondor, Arnor, Mordor, and a few office holders written for these
tests) beside the shipped names the rules were made for ("the Bush administration").
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.actors import ActorCode, ActorLexicon, load_actor_lexicon, resolve_actor

from support import FIXTURES

# Office holders who share surnames: which of them led a government decides what
# "the <surname> administration" names.
HOLDERS = """\
version: holders-1
people:
  - {name: Ferumbras Took, country: GND, roles: [{title: President, start: 2001-01-01}]}
  - {name: Paladin Took, country: ARN, roles: [{title: Foreign Minister, start: 2010-01-01}]}
  - {name: Lobelia Sackville, country: ARN, roles: [{title: Foreign Minister, start: 2005-01-01}]}
  - {name: Otho Bracegirdle, country: MDR, roles: [{title: Deputy Prime Minister, start: 2005-01}]}
  - {name: Gorbadoc Brandybuck, country: ARN, roles: [{title: Prime Minister, start: 2001-01-01}]}
  - {name: Marmadoc Brandybuck, country: GND, roles: [{title: King, start: 2012-01-01}]}
"""


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> ActorLexicon:
    holders = tmp_path_factory.mktemp("actors") / "holders.yaml"
    holders.write_text(HOLDERS, encoding="utf-8")
    return load_actor_lexicon([FIXTURES / "actors_middle_earth.yaml", holders])


def one(lexicon: ActorLexicon, text: str, **kwargs: object) -> ActorCode:
    code = resolve_actor(lexicon, text, **kwargs)  # type: ignore[arg-type]
    assert code is not None, text
    return code


def named(lexicon: ActorLexicon, text: str) -> list[str]:
    """The words of ``text`` that the lexicon's scan takes for names or sector nouns."""
    tokens, matches = lexicon.scan(text, keep=False)
    return [text[tokens[m.start].start : tokens[m.end - 1].end] for m in matches]


# --- Surname administrations ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [("the Bush administration", "USA"), ("the Netanyahu government", "ISR"),
     ("the Took administration", "GND")],
)
def test_a_leaders_surname_before_a_government_noun_names_the_country(
    world: ActorLexicon, text: str, country: str
) -> None:
    # Paladin Took is Arnor's minister, not its head: the President Took names Gondor alone.
    code = one(world, text)
    assert (code.country, code.sector, code.rule) == (country, "GOV", "surname")


def test_only_roles_that_lead_a_government_count_for_a_surname(world: ActorLexicon) -> None:
    # Aragorn Elessar is King of Gondor and was Chieftain of the Rangers of Arnor: the
    # chieftainship leads no government, so the Elessar government is Gondor's.
    code = one(world, "the Elessar government")
    assert (code.country, code.rule) == ("GND", "surname")


@pytest.mark.parametrize(
    "text",
    ["the Sackville administration", "the Bracegirdle government", "the Kerry administration"],
    ids=["minister", "deputy-prime-minister", "secretary-of-state"],
)
def test_a_surname_no_head_of_government_bore_names_no_country(
    world: ActorLexicon, text: str
) -> None:
    code = one(world, text)
    assert (code.country, code.sector) == (None, "GOV") and code.rule != "surname"


def test_a_surname_leaders_of_two_countries_share_names_no_country(world: ActorLexicon) -> None:
    # A Brandybuck led Arnor's government and another is King of Gondor.
    code = one(world, "the Brandybuck government")
    assert (code.country, code.sector) == (None, "GOV") and code.rule != "surname"


# --- Place names that hold a country or capital ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["6016 Dublin Road", "Washington Street", "12 Gondor Road", "Annuminas Street",
     "The Washington Times", "the Gondor Herald"],
)
def test_a_capital_or_country_in_an_address_or_newspaper_title_is_no_actor(
    world: ActorLexicon, text: str
) -> None:
    assert named(world, text) == []
    assert resolve_actor(world, text) is None


@pytest.mark.parametrize("text", ["Mount Washington", "Fort Minas Tirith", "New Arnor",
                                  "Mount Gondor"])
def test_a_capital_or_country_after_mount_fort_or_new_is_part_of_another_place(
    world: ActorLexicon, text: str
) -> None:
    assert named(world, text) == []


def test_a_name_that_itself_begins_with_new_is_still_the_country(world: ActorLexicon) -> None:
    # Full names are matched before the prefix is looked at: New Zealand and New Delhi are
    # what they say, while "New Arnor" is some other place.
    assert named(world, "New Arnor") == []
    assert named(world, "New Zealand") == ["New Zealand"]
    assert one(world, "New Zealand").country == "NZL"
    assert one(world, "the New Delhi government").country == "IND"


def test_a_lower_case_new_is_an_adjective_not_part_of_a_name(world: ActorLexicon) -> None:
    assert named(world, "the new Gondorian government") == ["Gondorian", "government"]
    assert one(world, "the new Kabul government").country == "AFG"


# --- Countries guessed from the article -----------------------------------------------------

STORY = "MINAS TIRITH - Gondor on Tuesday rejected the charges, and Gondor's envoys left Arnor."


def test_an_unknown_name_with_a_stated_role_keeps_the_context_rule(world: ActorLexicon) -> None:
    # Nothing in the phrase names Gondor: the rule says the country came from the article.
    code = one(world, "Beregond, the deputy foreign minister", context=STORY,
               date=dt.date(2020, 6, 1))
    assert (code.country, code.sector, code.name, code.rule) == (
        "GND", "GOV", "Beregond", "context")
