"""Heads of state and government named by surname alone ("Maduro closed the border").

A made-up world of office holders written for these tests: which of them led a government, in
which country, when, and whether their surname is anyone's given name decides what a bare
surname names.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.actors import ActorLexicon, load_actor_lexicon, resolve_actor, resolve_actors

from support import FIXTURES

HOLDERS = """\
version: surnames-1
people:
  - {name: Ferumbras Took, country: GND, roles: [{title: President, start: 2001, end: 2010}]}
  - {name: Gorbadoc Brandybuck, country: ARN, roles: [{title: Prime Minister, start: 2005-01-01}]}
  - {name: Paladin Sackville, country: ARN, roles: [{title: Foreign Minister, start: 2010-01-01}]}
  - {name: Otho Proudfoot, country: MDR, roles: [{title: Deputy Prime Minister, start: 2005-01}]}
  - {name: Lotho Bolger, country: MDR, roles: [{title: King, start: 2000-01-01}]}
  - {name: Fredegar Bolger, country: GND, roles: [{title: Foreign Minister, start: 2000-01-01}]}
  - {name: Bilbo Baggins, country: ARN, roles: [{title: President, start: 2000-01-01}]}
  - {name: Baggins Hornblower, country: GND, roles: [{title: Mayor, start: 2000-01-01}]}
  - {name: Hamfast Gamgee, country: MDR, roles: [{title: Chief of Army Staff, sector: MIL}]}
  - {name: Lobelia Bracegirdle, country: ARN, roles: [{title: Chancellor of the Exchequer}]}
"""


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> ActorLexicon:
    holders = tmp_path_factory.mktemp("actors") / "holders.yaml"
    holders.write_text(HOLDERS, encoding="utf-8")
    return load_actor_lexicon([FIXTURES / "actors_middle_earth.yaml", holders], imported=False)


def test_a_leaders_surname_alone_names_the_leader(world: ActorLexicon) -> None:
    code = resolve_actor(world, "Brandybuck", date=dt.date(2020, 6, 1))
    assert code is not None
    assert (code.country, code.sector, code.name, code.matched) == (
        "ARN", "GOV", "Gorbadoc Brandybuck", "Brandybuck")


def test_a_surname_that_opens_a_longer_phrase_still_names_the_leader(world: ActorLexicon) -> None:
    # "Hours earlier Brandybuck expelled ...": the parser kept the time words in the subject
    code = resolve_actor(world, "Hours earlier Brandybuck", date=dt.date(2020, 6, 1))
    assert code is not None and (code.country, code.name) == ("ARN", "Gorbadoc Brandybuck")


def test_two_leaders_by_surname_are_two_actors(world: ActorLexicon) -> None:
    codes = resolve_actors(world, "Brandybuck and Took", date=dt.date(2008, 6, 1))
    assert [(c.country, c.name) for c in codes] == [
        ("ARN", "Gorbadoc Brandybuck"), ("GND", "Ferumbras Took")]


def test_a_leader_out_of_office_on_the_date_is_not_named_by_surname_alone(
    world: ActorLexicon,
) -> None:
    # Took led Gondor until 2010: in 2020 "Took" alone may be anyone of that name
    assert resolve_actor(world, "Took", date=dt.date(2020, 6, 1)) is None
    undated = resolve_actor(world, "Took")
    assert undated is not None and (undated.country, undated.name) == ("GND", "Ferumbras Took")


@pytest.mark.parametrize(
    "text",
    ["Sackville", "Proudfoot", "Bolger", "Baggins", "Pippin Brandybuck"],
    ids=["minister", "deputy", "two-countries", "a-given-name", "another-given-name"],
)
def test_a_surname_alone_names_no_one_unless_one_leader_of_one_country_bears_it(
    world: ActorLexicon, text: str
) -> None:
    # a minister or a deputy leads no government; two Bolgers serve two countries; "Baggins"
    # is also the given name of Baggins Hornblower; Pippin is not Gorbadoc Brandybuck
    code = resolve_actor(world, text, date=dt.date(2020, 6, 1))
    assert code is None or code.name is None or text.split()[-1] not in code.name


def test_shipped_leaders_are_named_by_surname_alone_with_their_own_rule() -> None:
    lexicon = load_actor_lexicon()
    code = resolve_actor(lexicon, "Netanyahu", date=dt.date(2018, 6, 1))
    assert code is not None
    assert (code.country, code.sector, code.rule) == ("ISR", "GOV", "surname")


@pytest.mark.parametrize(
    ("text", "name"),
    [("Prime Minister Gorbadok Brandybuck", "Gorbadoc Brandybuck"),
     ("Prime Minister Pippin Brandybuck", None)],
    ids=["spelt-a-letter-apart", "another-name"],
)
def test_a_given_name_transliterated_a_letter_apart_is_still_the_persons(
    world: ActorLexicon, text: str, name: str | None
) -> None:
    code = resolve_actor(world, text, date=dt.date(2020, 6, 1))
    assert code is not None and code.name == (name or "Pippin Brandybuck")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Prime Minister Brandybuck", "Gorbadoc Brandybuck"),
        ("Minister Sackville", "Paladin Sackville"),
        ("Foreign Minister Sackville", "Paladin Sackville"),
        ("President Took", "Ferumbras Took"),
        ("leader Brandybuck", "Gorbadoc Brandybuck"),
        ("General Gamgee", "Hamfast Gamgee"),
        ("Chancellor Bracegirdle", "Lobelia Bracegirdle"),
    ],
    ids=["same-title", "title-word-of-the-office", "full-title", "an-office-held-before",
         "a-word-that-names-no-office", "a-rank-of-the-post's-sector", "the-post's-first-word"],
)
def test_a_title_before_a_surname_names_the_person_who_held_it(
    world: ActorLexicon, text: str, name: str
) -> None:
    # Took was President until 2010: "President Took" in 2020 is still him (a former president);
    # a general holds the army's top post by rank, which the post's title does not name
    code = resolve_actor(world, text, date=dt.date(2020, 6, 1))
    assert code is not None and code.name == name


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Attorney General Brandybuck", "GOV"),
        ("Judge Took", "JUD"),
        ("Senator Sackville", "LEG"),
        ("Prime Minister Sackville", "GOV"),
        ("Governor Bracegirdle", "GOV"),
        ("Judge Gamgee", "JUD"),
    ],
    ids=["another-office-same-sector", "another-sector", "a-legislator", "another-minister",
         "another-office-than-the-post's", "another-sector-than-the-post's"],
)
def test_a_title_no_bearer_of_the_surname_held_names_none_of_them(
    world: ActorLexicon, text: str, sector: str
) -> None:
    # Brandybuck is Prime Minister, never Attorney General; Took never judged; Sackville is
    # Foreign Minister, no senator nor head of government; Bracegirdle's post is a chancellor's:
    # the title's own sector, no person
    code = resolve_actor(world, text, date=dt.date(2020, 6, 1))
    assert code is not None
    assert (code.country, code.sector, code.name) == (None, sector, text.split()[-1])
