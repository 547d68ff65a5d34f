"""A foreign name an article uses only for a town at home codes the home country.

The made-up world: Annuminas is Arnor's seat, and in this world's gazetteer also a town of
Gondor (as Athens is Greece's capital and a town in Georgia, USA). A Gondorian local story that
names "Annuminas police" means its own town's police.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.tokens import Span

from detente.coding.actors import ActorLexicon, load_actor_lexicon
from detente.coding.events import Coder, code_article
from detente.coding.namesakes import namesake_map, namesakes_read, seat_finder
from detente.geo.gazetteer import SCHEMA, Candidate, Gazetteer
from detente.geo.locate import ArticlePlaces, PlaceMention
from detente.geo.sources import name_key
from detente.lexicons.ontology import Ontology
from detente.lexicons.verbs import load_verbs
from detente.records import ActorMention, Article

from middle_earth import DATE, middle_earth_gazetteer, parties
from support import FIXTURES, build_doc

PUNCT = (".", ".", "PUNCT", "punct")
# (name, country, precision): Annuminas twice, the foreign seat and the home town.
PLACES = (
    ("Annuminas", "ARN", "city"),
    ("Annuminas", "GND", "city"),
    ("Osgiliath", "GND", "city"),
    ("Ithilien", "GND", "admin1"),
    ("Bree", "ARN", "city"),
    ("Mordor", "MDR", "country"),
    ("Mordor", "GND", "city"),  # a Gondorian town named after the country (Palestine, Texas)
    ("Tharbad", "GND", "city"),  # a town name found in two countries (Fairfield, Albany)
    ("Tharbad", "RHN", "city"),
)


def _candidates(name: str) -> tuple[Candidate, ...]:
    return tuple(
        Candidate(name=n, country=c, admin1=None, lat=0.0, lon=0.0, population=10_000,
                  geonames_id=None, precision=p, primary=True)  # type: ignore[arg-type]
        for n, c, p in PLACES if n == name
    )  # fmt: skip


def _places(*names: str, only: dict[str, str] | None = None) -> ArticlePlaces:
    """Place mentions of ``names``; ``only`` narrows a name to one country (a qualifier)."""
    mentions = []
    for name in names:
        found = _candidates(name)
        if only and name in only:
            found = tuple(c for c in found if c.country == only[name])
        mentions.append(PlaceMention(text=name, start=0, end=len(name), root=0, candidates=found))
    return ArticlePlaces(mentions=tuple(mentions), countries=frozenset(), divisions=frozenset(),
                         dateline=None)  # fmt: skip


@pytest.fixture(scope="module")
def actors() -> ActorLexicon:
    return load_actor_lexicon([FIXTURES / "actors_middle_earth.yaml"])


def test_a_foreign_seat_used_for_a_home_body_is_the_home_town(actors: ActorLexicon) -> None:
    text = "Annuminas police arrested a trader. Rain fell in Osgiliath and Ithilien."
    places = _places("Annuminas", "Osgiliath", "Ithilien")
    assert namesake_map(text, places, actors, _candidates) == {"ARN": "GND"}


def test_a_foreign_seat_before_a_private_person_is_the_home_town(actors: ActorLexicon) -> None:
    # "a Paris man" in a Texas paper: the town the man lives in
    text = "Deputies arrested an Annuminas man. Rain fell in Osgiliath and Ithilien."
    places = _places("Annuminas", "Osgiliath", "Ithilien")
    assert namesake_map(text, places, actors, _candidates) == {"ARN": "GND"}


def test_a_foreign_seat_before_officials_stays_abroad(actors: ActorLexicon) -> None:
    # "Annuminas officials" are the foreign government's: no private person's home town
    text = "Annuminas officials arrested a trader. Rain fell in Osgiliath and Ithilien."
    places = _places("Annuminas", "Osgiliath", "Ithilien")
    assert namesake_map(text, places, actors, _candidates) == {}


def test_the_town_itself_after_city_of(actors: ActorLexicon) -> None:
    text = "The City of Annuminas thanked the trader. Rain fell in Osgiliath and Ithilien."
    places = _places("Osgiliath", "Ithilien")
    assert namesake_map(text, places, actors, _candidates) == {"ARN": "GND"}


def test_a_name_the_article_places_at_home_needs_no_body(actors: ActorLexicon) -> None:
    # "Annuminas, Ithilien": the qualifier leaves only the home town (a home place itself).
    text = "The trader met friends in Annuminas. Rain fell in Osgiliath."
    places = _places("Annuminas", "Osgiliath", only={"Annuminas": "GND"})
    assert namesake_map(text, places, actors, _candidates) == {"ARN": "GND"}


def test_a_foreign_name_used_only_as_somewhere_abroad_stays(actors: ActorLexicon) -> None:
    # "deported to Annuminas": nothing in the article uses the name for a local body.
    text = "The trader was deported to Annuminas. Rain fell in Osgiliath and Ithilien."
    places = _places("Annuminas", "Osgiliath", "Ithilien")
    assert namesake_map(text, places, actors, _candidates) == {}


def test_a_country_named_any_other_way_is_that_country(actors: ActorLexicon) -> None:
    base = "Annuminas police arrested a trader. Rain fell in Osgiliath and Ithilien."
    places = _places("Annuminas", "Osgiliath", "Ithilien")
    assert namesake_map(base + " Arnorian envoys left.", places, actors, _candidates) == {}
    assert namesake_map(base + " Arnor protested.", places, actors, _candidates) == {}
    # a person who held office there names it too
    assert namesake_map(base + " Strider spoke.", places, actors, _candidates) == {}


def test_no_home_without_places_that_lie_in_one_country(actors: ActorLexicon) -> None:
    text = "Annuminas police arrested a trader. Rain fell in Osgiliath and Bree."
    assert namesake_map(text, _places("Osgiliath", "Bree"), actors, _candidates) == {}
    # one lone place may be a common word known as a town somewhere: no home
    assert namesake_map(text, _places("Osgiliath"), actors, _candidates) == {}
    assert namesake_map(text, _places(), actors, _candidates) == {}
    assert namesake_map(text, None, actors, _candidates) == {}


def test_a_name_with_no_town_at_home_stays(actors: ActorLexicon) -> None:
    text = "Annuminas police arrested a trader. Rain fell in Osgiliath and Ithilien."
    places = _places("Osgiliath", "Ithilien")
    assert namesake_map(text, places, actors, lambda name: ()) == {}


def test_namesakes_read_moves_only_the_namesake_country() -> None:
    arnor = ActorMention(text="Annuminas police", start=0, end=16, country="ARN", sector="COP",
                         rule="agent")  # fmt: skip
    mordor = ActorMention(text="Orcs", start=20, end=24, country="MDR", sector=None,
                          rule="demonym")  # fmt: skip
    moved, kept = namesakes_read((arnor, mordor), {"ARN": "GND"})
    assert (moved.country, moved.sector, moved.rule) == ("GND", "COP", "namesake")
    assert kept == mordor
    assert namesakes_read((arnor,), {}) == (arnor,)


def test_an_article_codes_its_home_police_through_the_namesake(ontology: Ontology) -> None:
    coder = Coder(
        verbs=load_verbs(known_codes=tuple(ontology.codes)), ontology=ontology,
        actors=load_actor_lexicon([FIXTURES / "actors_middle_earth.yaml"]),
        gazetteer=middle_earth_gazetteer(PLACES),
    )  # fmt: skip
    rows = [  # "Annuminas police arrested the trader. Rain fell in Osgiliath and Ithilien."
        ("Annuminas", "Annuminas", "PROPN", "compound", 1),
        ("police", "police", "NOUN", "nsubj", 2),
        ("arrested", "arrest", "VERB", "ROOT", 2),
        ("the", "the", "DET", "det", 4),
        ("trader", "trader", "NOUN", "dobj", 2),
        (*PUNCT, 2),
        ("Rain", "rain", "NOUN", "nsubj", 7),
        ("fell", "fall", "VERB", "ROOT", 7),
        ("in", "in", "ADP", "prep", 7),
        ("Osgiliath", "Osgiliath", "PROPN", "pobj", 8),
        ("and", "and", "CCONJ", "cc", 9),
        ("Ithilien", "Ithilien", "PROPN", "conj", 9),
        (*PUNCT, 7),
    ]
    doc = build_doc(rows, starts=(0, 6))
    doc.ents = [Span(doc, 0, 1, label="GPE"), Span(doc, 9, 10, label="GPE"),
                Span(doc, 11, 12, label="GPE")]  # fmt: skip
    article = Article(doc_id="n1", origin="test", text=doc.text, date=DATE)
    [event] = code_article(coder, article, doc)
    assert event.cameo == "173"
    assert parties(event.actor) == [("GND", "COP", "namesake")]


def test_the_actor_lexicon_tells_a_seat_of_government(actors: ActorLexicon) -> None:
    seat_of = seat_finder(actors)
    assert seat_of("Minas Tirith") == ("GND", ("Minas Tirith",))
    assert seat_of("Gondor") is None  # a country's own name is no seat
    assert seat_of("Minas Tirith police") is None  # the name must be the whole place name


# Ithilien is Gondor's province and, in this test's gazetteer, a hamlet of Mordor; Arnor is a
# realm and a province of Gondor (as Georgia is a country and a US state).
WIDE = {
    "Ithilien": (("GND", "admin1"), ("MDR", "city")),
    "Osgiliath": (("GND", "city"),),
    "Annuminas": (("ARN", "city"), ("GND", "city"), ("USA", "city")),
    "Arnor": (("ARN", "country"), ("GND", "admin1")),
    "Bree": (("USA", "city"), ("ARN", "city")),
}


def _wide(name: str) -> tuple[Candidate, ...]:
    return tuple(
        Candidate(name=name, country=c, admin1=None, lat=0.0, lon=0.0, population=10_000,
                  geonames_id=None, precision=p, primary=True)  # type: ignore[arg-type]
        for c, p in WIDE.get(name, ())
    )  # fmt: skip


def _wide_places(*names: str) -> ArticlePlaces:
    mentions = tuple(
        PlaceMention(text=n, start=0, end=0, root=0, candidates=_wide(n)) for n in names
    )
    return ArticlePlaces(mentions=mentions, countries=frozenset(), divisions=frozenset(),
                         dateline=None)  # fmt: skip


def test_a_province_counts_for_its_country_over_villages_named_after_it(
    actors: ActorLexicon,
) -> None:
    # Ithilien twice: the province of Gondor, not Mordor's hamlet; so Gondor is home
    text = "Annuminas police arrested a trader. Rain fell in Ithilien and Ithilien."
    places = _wide_places("Ithilien", "Ithilien")
    assert namesake_map(text, places, actors, _wide) == {"ARN": "GND"}


def test_a_name_that_is_a_country_and_a_province_lies_in_neither(actors: ActorLexicon) -> None:
    text = "Annuminas police arrested a trader. Rain fell in Arnor and Arnor."
    assert namesake_map(text, _wide_places("Arnor", "Arnor"), actors, _wide) == {}


def test_a_country_named_like_a_province_at_home_is_the_province(actors: ActorLexicon) -> None:
    # "Arnor cut school funding" in a Gondorian story: the province, no local body needed
    text = "Arnor cut school funding. Rain fell in Osgiliath and Osgiliath."
    places = _wide_places("Osgiliath", "Osgiliath")
    assert namesake_map(text, places, actors, _wide) == {"ARN": "GND"}
    # unless the story names the realm some other way: Arnorian envoys are the realm's
    assert namesake_map(text + " Arnorian envoys left.", places, actors, _wide) == {}


def test_counties_inside_bodies_names_tell_a_us_home(actors: ActorLexicon) -> None:
    # "the Bree County Jail": a county sharing a US town's name is a US home on its own
    text = "Annuminas police arrested a trader, held at the Bree County Jail."
    assert namesake_map(text, _wide_places(), actors, _wide) == {"ARN": "USA"}
    # a county the gazetteer does not know is half a home: not enough alone
    text = "Annuminas police arrested a trader, held at the Weathertop County Jail."
    assert namesake_map(text, _wide_places(), actors, _wide) == {}
    # a county already read as a place mention is not counted twice
    text = "Annuminas police arrested a trader. Bree County"
    mention = PlaceMention(text="Bree County", start=36, end=47, root=0,
                           candidates=_wide("Bree")[:1])  # fmt: skip
    places = ArticlePlaces(mentions=(mention,), countries=frozenset(), divisions=frozenset(),
                           dateline=None)  # fmt: skip
    assert namesake_map(text, places, actors, _wide) == {}


Towns = dict[str, tuple[tuple[str, str, int], ...]]  # name → (country, precision, population)


def _sized_lookup(towns: Towns) -> Callable[[str], tuple[Candidate, ...]]:
    """A gazetteer lookup over ``towns`` (read on each call, so a test may change them)."""

    def lookup(name: str) -> tuple[Candidate, ...]:
        return tuple(
            Candidate(name=name, country=c, admin1=None, lat=0.0, lon=0.0, population=n,
                      geonames_id=None, precision=p, primary=True)  # type: ignore[arg-type]
            for c, p, n in towns.get(name, ())
        )  # fmt: skip

    return lookup


def _twice_osgiliath(lookup: Callable[[str], tuple[Candidate, ...]]) -> ArticlePlaces:
    """An article naming Osgiliath (a town of Gondor only) twice."""
    return ArticlePlaces(
        mentions=tuple(PlaceMention(text="Osgiliath", start=0, end=0, root=0,
                                    candidates=lookup("Osgiliath")) for _ in range(2)),
        countries=frozenset(), divisions=frozenset(), dateline=None,
    )  # fmt: skip


def test_a_big_home_town_of_the_name_needs_no_local_body(actors: ActorLexicon) -> None:
    # "a court in Annuminas" in a Gondorian story, Gondor's Annuminas a city of 200,000
    big: Towns = {"Annuminas": (("ARN", "city", 500_000), ("GND", "city", 200_000)),
                  "Osgiliath": (("GND", "city", 50_000),)}  # fmt: skip
    lookup = _sized_lookup(big)
    places = _twice_osgiliath(lookup)
    text = "A court in Annuminas fined a trader. Rain fell in Osgiliath."
    assert namesake_map(text, places, actors, lookup) == {"ARN": "GND"}
    # a small home town of the name is not enough without a local body
    big["Annuminas"] = (("ARN", "city", 500_000), ("GND", "city", 20_000))
    assert namesake_map(text, places, actors, lookup) == {}


def test_a_country_named_often_as_a_home_town_does_not_outweigh_the_home(
    actors: ActorLexicon,
) -> None:
    # A court list in a Gondorian paper: three people of Mordor, a Gondorian town named after
    # the country; the places that lie in Gondor only make Gondor the home.
    text = ("Those indicted: Hob Hayward, 45, Mordor. Tom Cotton, 30, Mordor. Sam Roper, 22, "
            "Mordor. Rain fell in Osgiliath and Ithilien.")
    places = _places("Mordor", "Mordor", "Mordor", "Osgiliath", "Ithilien")
    assert namesake_map(text, places, actors, _candidates) == {"MDR": "GND"}
    # Named as the country ("the envoy of Mordor"), it stays the country.
    text = ("The envoy of Mordor met Hob. The envoy of Mordor left. The envoy of Mordor spoke. "
            "Rain fell in Osgiliath and Ithilien.")
    assert namesake_map(text, places, actors, _candidates) == {}


def test_the_article_home_decides_when_its_places_lie_in_several_countries(
    actors: ActorLexicon,
) -> None:
    # "a Lebanon woman" in a story told in Fairfield: Fairfield is a town in several countries,
    # so the places alone tell no home; the article's home (its institutions, its site) does
    text = "An Annuminas woman was charged in Tharbad. The judge in Tharbad set bail."
    places = _places("Tharbad", "Tharbad")
    assert namesake_map(text, places, actors, _candidates) == {}
    assert namesake_map(text, places, actors, _candidates, "GND") == {"ARN": "GND"}


def test_the_article_home_does_not_override_places_that_tell_another_home(
    actors: ActorLexicon,
) -> None:
    # places of one country decide; a different article home is not consulted
    text = "An Annuminas woman was charged. Rain fell in Bree and Bree."
    places = _places("Bree", "Bree")
    assert namesake_map(text, places, actors, _candidates, "GND") == {}


def test_a_seat_matched_without_its_clitic_is_the_home_town_of_the_whole_name(
    actors: ActorLexicon,
) -> None:
    # lead17: the lexicon matches "ST. JOHN" of "ST. JOHN'S, N.L."; the gazetteer knows
    # "St. John's" as a big town at home, so the foreign seat is its namesake
    lookup = _sized_lookup({"Annuminas": (("ARN", "city", 500_000),),
                            "Annuminas's": (("GND", "city", 200_000),),
                            "Osgiliath": (("GND", "city", 50_000),)})  # fmt: skip
    places = _twice_osgiliath(lookup)
    text = "Rain fell in Osgiliath. Annuminas's hospital was full."
    assert namesake_map(text, places, actors, lookup) == {"ARN": "GND"}
    # the town alone, "Annuminas hospital", is the foreign seat's name only
    assert namesake_map(text.replace("'s", ""), places, actors, lookup) == {}


def _sized_gazetteer() -> Gazetteer:
    """PLACES, with Arnor's seat Annuminas a great city and Gondor's a small town (as Moscow,
    Russia, and Moscow, Idaho): a place read alone picks the great city."""
    db = sqlite3.connect(":memory:", check_same_thread=False)
    db.executescript(SCHEMA)
    for i, (name, country, precision) in enumerate(PLACES):
        population = 10_000_000 if (name, country) == ("Annuminas", "ARN") else 10_000
        db.execute("INSERT INTO place VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   (i, None, name, country, None, 0.0, 0.0, population, precision))  # fmt: skip
        db.execute("INSERT INTO alias VALUES (?, ?, 1)", (name_key(name), i))
    return Gazetteer(path=Path(":memory:"), version="sized", db=db)

def _namesake_coder(ontology: Ontology) -> Coder:
    """A coder on the made-up actors and the sized gazetteer of two Annuminas towns."""
    return Coder(
        verbs=load_verbs(known_codes=tuple(ontology.codes)), ontology=ontology,
        actors=load_actor_lexicon([FIXTURES / "actors_middle_earth.yaml"]),
        gazetteer=_sized_gazetteer(),
    )  # fmt: skip


# "A man was arrested in Annuminas." (rows of build_doc; the second sentence starts at 7)
ARRESTED_IN_ANNUMINAS = (
    ("A", "a", "DET", "det", 1),
    ("man", "man", "NOUN", "nsubjpass", 3),
    ("was", "be", "AUX", "auxpass", 3),
    ("arrested", "arrest", "VERB", "ROOT", 3),
    ("in", "in", "ADP", "prep", 3),
    ("Annuminas", "Annuminas", "PROPN", "pobj", 4),
    (*PUNCT, 3),
)


def test_an_agentless_arrest_in_the_namesake_town_is_by_the_home_police(
    ontology: Ontology,
) -> None:
    """actors21: "A man was arrested in Annuminas" in a Gondorian local story that calls its
    town's police "Annuminas police" is an arrest by Gondor's police, even where the place
    itself is read as the foreign seat."""
    coder = _namesake_coder(ontology)
    rows = [  # "A man was arrested in Annuminas. Annuminas police charged him in Osgiliath
        # and Ithilien."
        *ARRESTED_IN_ANNUMINAS,
        ("Annuminas", "Annuminas", "PROPN", "compound", 8),
        ("police", "police", "NOUN", "nsubj", 9),
        ("charged", "charge", "VERB", "ROOT", 9),
        ("him", "he", "PRON", "dobj", 9),
        ("in", "in", "ADP", "prep", 9),
        ("Osgiliath", "Osgiliath", "PROPN", "pobj", 11),
        ("and", "and", "CCONJ", "cc", 12),
        ("Ithilien", "Ithilien", "PROPN", "conj", 12),
        (*PUNCT, 9),
    ]
    doc = build_doc(rows, starts=(0, 7), tags={3: "VBN", 9: "VBD"})
    doc.ents = [Span(doc, 5, 6, label="GPE"), Span(doc, 7, 8, label="GPE"),
                Span(doc, 12, 13, label="GPE"), Span(doc, 14, 15, label="GPE")]  # fmt: skip
    article = Article(doc_id="n2", origin="test", text=doc.text, date=DATE)
    events = code_article(coder, article, doc)
    arrest = [e for e in events if e.cameo == "173"]
    assert arrest and [m.country for m in arrest[0].actor] == ["GND"]


def test_an_agentless_arrest_in_a_foreign_seat_named_no_other_way_stays_abroad(
    ontology: Ontology,
) -> None:
    """Without a local use of the name ("Annuminas police"), an arrest in Annuminas told in a
    Gondorian story is one in Arnor's seat: nothing makes it the home town."""
    coder = _namesake_coder(ontology)
    rows = [  # "A man was arrested in Annuminas. Rain fell in Osgiliath and Ithilien."
        *ARRESTED_IN_ANNUMINAS,
        ("Rain", "rain", "NOUN", "nsubj", 8),
        ("fell", "fall", "VERB", "ROOT", 8),
        ("in", "in", "ADP", "prep", 8),
        ("Osgiliath", "Osgiliath", "PROPN", "pobj", 9),
        ("and", "and", "CCONJ", "cc", 10),
        ("Ithilien", "Ithilien", "PROPN", "conj", 10),
        (*PUNCT, 8),
    ]
    doc = build_doc(rows, starts=(0, 7), tags={3: "VBN", 8: "VBD"})
    doc.ents = [Span(doc, 5, 6, label="GPE"), Span(doc, 10, 11, label="GPE"),
                Span(doc, 12, 13, label="GPE")]  # fmt: skip
    article = Article(doc_id="n3", origin="test", text=doc.text, date=DATE)
    arrest = [e for e in code_article(coder, article, doc) if e.cameo == "173"]
    assert arrest and [m.country for m in arrest[0].actor] == ["ARN"]
