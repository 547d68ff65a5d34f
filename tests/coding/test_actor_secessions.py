"""A seceded state's land is its predecessor's before independence (Ithilien was Gondor's until
2015 in this made-up world, as South Sudan was Sudan's until July 2011); relatives of office
holders are private people ("the king's wife"), and kin words inside names are no relatives."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pydantic import ValidationError

from detente.coding.actors import ActorLexicon, load_actor_lexicon, resolve_actor
from detente.coding.events import Coder, code_article
from detente.coding.parties import Parties
from detente.coding.secessions import dated_location, dated_parties
from detente.lexicons.actor_schema import CountryEntry
from detente.lexicons.ontology import Ontology
from detente.lexicons.verbs import load_verbs
from detente.records import ActorMention, Article, Place

from middle_earth import middle_earth_gazetteer
from support import FIXTURES, build_doc

SECEDED = """version: secession-1
countries:
  - {code: ITN, name: Ithilien, adjectives: [Ithilien's], seats: [Henneth Annun],
     seceded_from: GND, independence: 2015-07-09}
"""
BEFORE, AFTER = dt.date(2010, 3, 1), dt.date(2016, 3, 1)
STORY = "Gondor's king met his council in Minas Tirith on Monday."


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> ActorLexicon:
    path: Path = tmp_path_factory.mktemp("secession") / "ithilien.yaml"
    path.write_text(SECEDED, encoding="utf-8")
    files = [FIXTURES / "actors_middle_earth.yaml", path]
    return load_actor_lexicon(files, imported=False, use_cache=False)


@pytest.fixture(scope="module")
def split_coder(world: ActorLexicon, ontology: Ontology) -> Coder:
    return Coder(verbs=load_verbs(known_codes=tuple(ontology.codes)), ontology=ontology,
                 actors=world, gazetteer=middle_earth_gazetteer())  # fmt: skip


def _police(country: str) -> ActorMention:
    return ActorMention(text="Police in Henneth Annun", start=0, end=23, country=country,
                        sector="COP", rule="agent")  # fmt: skip


def test_a_seceded_state_is_read_with_its_predecessor_and_date(world: ActorLexicon) -> None:
    secession = world.secessions["ITN"]
    assert (secession.before, secession.since) == ("GND", dt.date(2015, 7, 9))
    assert "Ithilien" in secession.names and "Gondor" in secession.before_names


def test_secession_fields_go_together() -> None:
    with pytest.raises(ValidationError):
        CountryEntry(code="ITN", name="Ithilien", seceded_from="GND")


@pytest.mark.parametrize(("day", "country"), [(BEFORE, "GND"), (AFTER, "ITN")])
def test_a_dated_event_takes_the_state_of_its_day(
    world: ActorLexicon, day: dt.date, country: str
) -> None:
    parties = Parties(actor=(_police("ITN"),), recipient=())
    assert dated_parties(world, parties, day, "").actor[0].country == country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Cholera spreads in Gondor. Police in Henneth Annun arrested traders.", "GND"),
        ("Gondor and Ithilien met. Police in Henneth Annun arrested traders.", "ITN"),
        ("Police in Henneth Annun arrested traders.", "ITN"),
    ],
)
def test_an_undated_story_naming_only_the_old_state_tells_a_time_before(
    world: ActorLexicon, text: str, country: str
) -> None:
    parties = Parties(actor=(_police("ITN"),), recipient=(_police("ARN"),))
    dated = dated_parties(world, parties, None, text)
    assert [m.country for m in (*dated.actor, *dated.recipient)] == [country, "ARN"]


def test_the_events_place_follows_the_date_too(world: ActorLexicon) -> None:
    place = Place(name="Henneth Annun", country="ITN", lat=0.0, lon=0.0, precision="city",
                  rule="dateline")  # fmt: skip
    moved = dated_location(world, place, BEFORE, "")
    assert moved is not None and moved.country == "GND"
    assert dated_location(world, place, AFTER, "") == place


def _arrest_rows() -> list[tuple]:
    # "Police in Henneth Annun arrested three traders ."
    return [
        ("Police", "police", "NOUN", "nsubj", 4),
        ("in", "in", "ADP", "prep", 0),
        ("Henneth", "Henneth", "PROPN", "compound", 3),
        ("Annun", "Annun", "PROPN", "pobj", 1),
        ("arrested", "arrest", "VERB", "ROOT", 4),
        ("three", "three", "NUM", "nummod", 6),
        ("traders", "trader", "NOUN", "dobj", 4),
        (".", ".", "PUNCT", "punct", 4),
    ]


@pytest.mark.parametrize(("published", "country"), [(BEFORE, "GND"), (AFTER, "ITN")])
def test_police_in_the_seceded_lands_seat_act_for_the_state_of_the_day(
    split_coder: Coder, published: dt.date, country: str
) -> None:
    doc = build_doc(_arrest_rows(), tags={0: "NNS", 4: "VBD", 6: "NNS"})
    article = Article(doc_id="s1", origin="test", text=doc.text, date=published)
    [event] = code_article(split_coder, article, doc)
    assert [(m.country, m.sector) for m in event.actor] == [(country, "COP")]


@pytest.mark.parametrize(
    "text",
    [
        "the king's wife",
        "the wife of the king",
        "relatives of the king",
        "Wife of the king",
        "the king's brother-in-law",
    ],
)
def test_a_relative_of_an_office_holder_is_a_private_person(world: ActorLexicon, text: str) -> None:
    code = resolve_actor(world, text, context=STORY)
    assert code is not None and (code.country, code.sector) == ("GND", "CVL")


def test_the_office_holders_own_office_stays_government(world: ActorLexicon) -> None:
    code = resolve_actor(world, "the king's office", context=STORY)
    assert code is not None and code.sector == "GOV"


@pytest.mark.parametrize("text", ["the Sons of Gondor", "Sister Arwen", "Elrond Brothers"])
def test_kin_words_inside_names_or_as_titles_are_no_relatives(
    world: ActorLexicon, text: str
) -> None:
    code = resolve_actor(world, text, context=STORY)
    assert code is None or code.sector != "CVL"
