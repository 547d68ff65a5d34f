"""Where an event happened: governing phrase, then clause, then dateline; names disambiguated."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest
import spacy
from spacy.tokens import Doc, Span

from detente.geo.locate import extract_places, locate_event, resolve_place
from detente.records import Article, Dateline

PUBLISHED = dt.date(2017, 2, 8)

Row = tuple[str, str, str, str, int]  # word, lemma, POS, dependency label, head index


def _build(rows: Sequence[Row], ents: Sequence[tuple[int, int, str]] = (),
           tags: dict[int, str] | None = None) -> Doc:
    """One hand-built sentence; ``ents`` are (start, end, label) token ranges."""
    doc = Doc(
        spacy.blank("en").vocab,
        words=[r[0] for r in rows],
        spaces=[i + 1 < len(rows) and rows[i + 1][2] != "PUNCT" for i in range(len(rows))],
        lemmas=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        heads=[r[4] for r in rows],
        tags=[(tags or {}).get(i, "") for i in range(len(rows))],
        sent_starts=[i == 0 for i in range(len(rows))],
    )
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    return doc


@pytest.fixture
def parse():
    return _build


def _article(doc, dateline: str | None = None) -> Article:
    line = Dateline(text=f"{dateline}, Feb. 8 (Xinhua) --", place=dateline) if dateline else None
    return Article(doc_id="t", origin="<test>", text=doc.text, date=PUBLISHED, dateline=line)


def _locate(gazetteer, doc, trigger: int, *, dateline: str | None = None, actors=()):
    places = extract_places(gazetteer, doc, _article(doc, dateline))
    return locate_event(places, doc[trigger], actor_countries=actors)


def test_a_locative_phrase_on_the_trigger_places_the_event(gazetteer, parse):
    doc = parse([
        ("Arnor", "Arnor", "PROPN", "poss", 2), ("'s", "'s", "PART", "case", 0),
        ("minister", "minister", "NOUN", "nsubj", 3), ("met", "meet", "VERB", "ROOT", 3),
        ("Gondor", "Gondor", "PROPN", "poss", 6), ("'s", "'s", "PART", "case", 4),
        ("envoy", "envoy", "NOUN", "dobj", 3), ("in", "in", "ADP", "prep", 3),
        ("Pyongyang", "Pyongyang", "PROPN", "pobj", 7), (".", ".", "PUNCT", "punct", 3),
    ], ents=[(8, 9, "GPE")], tags={1: "POS", 5: "POS"})
    place = _locate(gazetteer, doc, 3)
    assert (place.name, place.country, place.precision) == ("Pyongyang", "PRK", "city")
    assert place.rule == "governing"
    assert place.lat == pytest.approx(39.03, abs=0.05)
    assert place.lon == pytest.approx(125.75, abs=0.05)
    assert doc.text[place.start : place.end] == "Pyongyang"


def test_the_place_inside_a_descriptive_phrase_governs(gazetteer, parse):
    # "near the border city of Dandong"
    doc = parse([
        ("Troops", "troop", "NOUN", "nsubj", 1), ("gathered", "gather", "VERB", "ROOT", 1),
        ("near", "near", "ADP", "prep", 1), ("the", "the", "DET", "det", 5),
        ("border", "border", "NOUN", "compound", 5), ("city", "city", "NOUN", "pobj", 2),
        ("of", "of", "ADP", "prep", 5), ("Dandong", "Dandong", "PROPN", "pobj", 6),
        (".", ".", "PUNCT", "punct", 1),
    ], ents=[(7, 8, "GPE")])
    place = _locate(gazetteer, doc, 1)
    assert (place.name, place.country, place.rule) == ("Dandong", "CHN", "governing")


def test_a_locative_phrase_on_the_object_places_the_event(gazetteer, parse):
    # "hosted a meeting in Pyongyang": the phrase hangs off the object noun.
    doc = parse([
        ("Ministry", "ministry", "PROPN", "nsubj", 1), ("hosted", "host", "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 3), ("meeting", "meeting", "NOUN", "dobj", 1),
        ("in", "in", "ADP", "prep", 3), ("Pyongyang", "Pyongyang", "PROPN", "pobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ], ents=[(5, 6, "GPE")])
    assert _locate(gazetteer, doc, 1).rule == "governing"


def _met_in(parse, place: str, *, origin: str | None = None, label: str | None = None):
    """ "[LABEL] officials [from ORIGIN] met in PLACE." and the index of "met". """
    officials = 1 if label else 0
    met = officials + (3 if origin else 1)
    rows = [(label, label, "PROPN", "compound", officials)] if label else []
    rows.append(("officials", "official", "NOUN", "nsubj", met))
    if origin:
        rows += [("from", "from", "ADP", "prep", officials),
                 (origin, origin, "PROPN", "pobj", officials + 1)]
    rows += [("met", "meet", "VERB", "ROOT", met), ("in", "in", "ADP", "prep", met),
             (place, place, "PROPN", "pobj", met + 1), (".", ".", "PUNCT", "punct", met)]
    ents = [(0, 1, "GPE")] if label else []
    ents += [(officials + 2, officials + 3, "GPE")] if origin else []
    return parse(rows, ents=[*ents, (met + 2, met + 3, "GPE")]), met


def test_paris_means_france_unless_the_story_is_in_texas(gazetteer, parse):
    doc, met = _met_in(parse, "Paris")
    assert _locate(gazetteer, doc, met).country == "FRA"
    doc, met = _met_in(parse, "Paris", origin="Texas")
    assert doc.text == "officials from Texas met in Paris."
    place = _locate(gazetteer, doc, met)
    assert (place.country, place.admin1) == ("USA", "TX")


def test_a_country_named_in_the_story_does_not_outweigh_a_capital(gazetteer, parse):
    # "U.S. officials met in Paris": Americans meet in France far more often than in Texas.
    doc, met = _met_in(parse, "Paris", label="U.S.")
    assert _locate(gazetteer, doc, met).country == "FRA"


def test_the_actors_countries_pick_between_namesakes(gazetteer, parse):
    doc, met = _met_in(parse, "Tripoli")
    assert _locate(gazetteer, doc, met).country == "LBY"
    assert _locate(gazetteer, doc, met, actors=["LBN"]).country == "LBN"


def test_a_country_name_is_the_country_never_a_town_or_state(gazetteer, parse):
    doc, met = _met_in(parse, "Georgia", origin="Texas")
    place = _locate(gazetteer, doc, met, actors=["USA"])
    assert (place.country, place.precision) == ("GEO", "country")
    assert place.lat == pytest.approx(42, abs=1.5) and place.lon == pytest.approx(43.5, abs=1.5)


def test_demonyms_are_not_places(gazetteer, parse):
    # The tagger calls "Thai" a place; as a name it would find a Malaysian city that lists it.
    assert gazetteer.lookup("Thai")
    doc = parse([
        ("Thai", "thai", "ADJ", "amod", 1), ("troops", "troop", "NOUN", "nsubj", 2),
        ("gathered", "gather", "VERB", "ROOT", 2), ("in", "in", "ADP", "prep", 2),
        ("Bangkok", "Bangkok", "PROPN", "pobj", 3), (".", ".", "PUNCT", "punct", 2),
    ], ents=[(0, 1, "GPE"), (4, 5, "GPE")])
    places = extract_places(gazetteer, doc, _article(doc))
    assert [m.text for m in places.mentions] == ["Bangkok"]


def _born_in_dandong(parse):
    """ "The envoy, who was born in Dandong, criticized Gondor." """
    return parse([
        ("The", "the", "DET", "det", 1), ("envoy", "envoy", "NOUN", "nsubj", 9),
        (",", ",", "PUNCT", "punct", 1), ("who", "who", "PRON", "nsubjpass", 5),
        ("was", "be", "AUX", "auxpass", 5), ("born", "bear", "VERB", "relcl", 1),
        ("in", "in", "ADP", "prep", 5), ("Dandong", "Dandong", "PROPN", "pobj", 6),
        (",", ",", "PUNCT", "punct", 1), ("criticized", "criticize", "VERB", "ROOT", 9),
        ("Gondor", "Gondor", "PROPN", "dobj", 9), (".", ".", "PUNCT", "punct", 9),
    ], ents=[(7, 8, "GPE")])


def test_a_place_in_another_clause_is_not_the_events_place(gazetteer, parse):
    doc = _born_in_dandong(parse)
    assert _locate(gazetteer, doc, 9) is None
    assert _locate(gazetteer, doc, 5).name == "Dandong"  # being born there did happen there


def test_the_dateline_places_an_event_the_sentence_does_not(gazetteer, parse):
    doc = _born_in_dandong(parse)
    place = _locate(gazetteer, doc, 9, dateline="BEIJING")
    assert (place.name, place.country, place.rule) == ("Beijing", "CHN", "dateline")
    assert place.start is None  # the dateline is not part of the article text


def test_a_coordinated_verb_takes_the_place_of_its_clause(gazetteer, parse):
    # "The minister arrived in Beijing and criticized Gondor."
    doc = parse([
        ("The", "the", "DET", "det", 1), ("minister", "minister", "NOUN", "nsubj", 2),
        ("arrived", "arrive", "VERB", "ROOT", 2), ("in", "in", "ADP", "prep", 2),
        ("Beijing", "Beijing", "PROPN", "pobj", 3), ("and", "and", "CCONJ", "cc", 2),
        ("criticized", "criticize", "VERB", "conj", 2), ("Gondor", "Gondor", "PROPN", "dobj", 6),
        (".", ".", "PUNCT", "punct", 2),
    ], ents=[(4, 5, "GPE")])
    assert _locate(gazetteer, doc, 2).rule == "governing"
    place = _locate(gazetteer, doc, 6)
    assert (place.name, place.rule) == ("Beijing", "clause")


def _bombed_killing(parse, subject: str | None = None):
    """ "Orcs bombed a market in Dandong, [SUBJECT] killing four people." """
    rows = [
        ("Orcs", "Orc", "PROPN", "nsubj", 1), ("bombed", "bomb", "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 3), ("market", "market", "NOUN", "dobj", 1),
        ("in", "in", "ADP", "prep", 3), ("Dandong", "Dandong", "PROPN", "pobj", 4),
        (",", ",", "PUNCT", "punct", 1),
    ]
    kill = 8 if subject else 7
    if subject:
        rows.append((subject, subject, "NOUN", "nsubj", kill))
    rows += [
        ("killing", "kill", "VERB", "advcl", 1), ("four", "four", "NUM", "nummod", kill + 2),
        ("people", "people", "NOUN", "dobj", kill), (".", ".", "PUNCT", "punct", 1),
    ]
    return parse(rows, ents=[(5, 6, "GPE")], tags={kill: "VBG", 1: "VBD"}), kill


def test_a_bare_participle_of_result_happens_where_its_clause_did(gazetteer, parse):
    # lead23: "..., killing four people": the killing was the bombing's, in Dandong
    doc, kill = _bombed_killing(parse)
    place = _locate(gazetteer, doc, kill)
    assert (place.name, place.rule) == ("Dandong", "clause")


def test_a_participle_with_its_own_subject_is_not_placed_by_the_clause(gazetteer, parse):
    # "Orcs bombed a market in Dandong, rebels killing four people": another party's act
    doc, kill = _bombed_killing(parse, subject="rebels")
    assert _locate(gazetteer, doc, kill) is None


def test_a_visited_place_is_where_the_visit_happened(gazetteer, parse):
    doc = parse([
        ("The", "the", "DET", "det", 1), ("president", "president", "NOUN", "nsubj", 2),
        ("visited", "visit", "VERB", "ROOT", 2), ("Pyongyang", "Pyongyang", "PROPN", "dobj", 2),
        (".", ".", "PUNCT", "punct", 2),
    ], ents=[(3, 4, "GPE")])
    place = _locate(gazetteer, doc, 2)
    assert (place.name, place.rule) == ("Pyongyang", "governing")


def test_capitals_standing_for_governments_are_not_where_events_happen(gazetteer, parse):
    # "Pyongyang criticized Seoul." names two actors and no place.
    doc = parse([
        ("Pyongyang", "Pyongyang", "PROPN", "nsubj", 1),
        ("criticized", "criticize", "VERB", "ROOT", 1),
        ("Seoul", "Seoul", "PROPN", "dobj", 1), (".", ".", "PUNCT", "punct", 1),
    ], ents=[(0, 1, "GPE"), (2, 3, "GPE")])
    assert _locate(gazetteer, doc, 1) is None


def test_an_untagged_proper_noun_after_in_is_still_found(gazetteer, parse):
    doc = parse([
        ("Talks", "talk", "NOUN", "nsubjpass", 2), ("were", "be", "AUX", "auxpass", 2),
        ("held", "hold", "VERB", "ROOT", 2), ("in", "in", "ADP", "prep", 2),
        ("Dandong", "Dandong", "PROPN", "pobj", 3), (".", ".", "PUNCT", "punct", 2),
    ])
    assert _locate(gazetteer, doc, 2).name == "Dandong"


def test_resolve_place_prefers_countries_then_context_then_population(gazetteer):
    assert resolve_place(()) is None
    georgia = gazetteer.lookup("Georgia")
    assert resolve_place(georgia, divisions=frozenset({("USA", "GA")})).precision == "country"
    washington = resolve_place(gazetteer.lookup("Washington"))
    assert (washington.country, washington.admin1, washington.precision) == ("USA", "DC", "city")


def test_a_division_name_is_the_division_unless_a_major_city_shares_it(gazetteer):
    new_york = resolve_place(gazetteer.lookup("New York"))
    assert (new_york.name, new_york.precision) == ("New York City", "city")
    wyoming = resolve_place(gazetteer.lookup("Wyoming"))  # not Wyoming, Michigan
    assert (wyoming.country, wyoming.admin1, wyoming.precision) == ("USA", "WY", "admin1")


def test_a_country_after_on_is_a_target_not_a_place(gazetteer, parse):
    # "The United States imposed sanctions on Belarus."
    doc = parse([
        ("The", "the", "DET", "det", 2), ("United", "United", "PROPN", "compound", 2),
        ("States", "States", "PROPN", "nsubj", 3), ("imposed", "impose", "VERB", "ROOT", 3),
        ("sanctions", "sanction", "NOUN", "dobj", 3), ("on", "on", "ADP", "prep", 4),
        ("Belarus", "Belarus", "PROPN", "pobj", 5), (".", ".", "PUNCT", "punct", 3),
    ], ents=[(0, 3, "GPE"), (6, 7, "GPE")])
    assert _locate(gazetteer, doc, 3) is None


def test_a_place_nested_in_the_triggers_own_phrase_governs(gazetteer, parse):
    # "The council met in a session in New York."
    doc = parse([
        ("The", "the", "DET", "det", 1), ("council", "council", "NOUN", "nsubj", 2),
        ("met", "meet", "VERB", "ROOT", 2), ("in", "in", "ADP", "prep", 2),
        ("a", "a", "DET", "det", 5), ("session", "session", "NOUN", "pobj", 3),
        ("in", "in", "ADP", "prep", 5), ("New", "New", "PROPN", "compound", 8),
        ("York", "York", "PROPN", "pobj", 6), (".", ".", "PUNCT", "punct", 2),
    ], ents=[(7, 9, "GPE")])
    place = _locate(gazetteer, doc, 2)
    assert (place.name, place.rule) == ("New York City", "governing")


def test_a_captured_city_is_where_the_capture_happened(gazetteer, parse):
    # "Russian forces captured the port city of Kherson."
    doc = parse([
        ("Russian", "russian", "ADJ", "amod", 1), ("forces", "force", "NOUN", "nsubj", 2),
        ("captured", "capture", "VERB", "ROOT", 2), ("the", "the", "DET", "det", 5),
        ("port", "port", "NOUN", "compound", 5), ("city", "city", "NOUN", "dobj", 2),
        ("of", "of", "ADP", "prep", 5), ("Kherson", "Kherson", "PROPN", "pobj", 6),
        (".", ".", "PUNCT", "punct", 2),
    ], ents=[(7, 8, "GPE")])
    place = _locate(gazetteer, doc, 2)
    assert (place.name, place.country, place.rule) == ("Kherson", "UKR", "governing")


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [("Paris, Texas", ("Paris", "USA", "TX")), ("Kyiv, Ukraine", ("Kyiv", "UKR", None))],
)
def test_a_dateline_names_its_place_then_its_region(gazetteer, parse, dateline, expected):
    doc = _born_in_dandong(parse)
    place = _locate(gazetteer, doc, 9, dateline=dateline)
    assert (place.name, place.country, place.rule) == (*expected[:2], "dateline")
    if expected[2]:
        assert place.admin1 == expected[2]


def _hometown_rows(place: str, head: tuple[str, str]) -> list[Row]:
    """ "A <place> <head> was arrested." """
    return [
        ("A", "a", "DET", "det", 2), (place, place, "PROPN", "compound", 2),
        (*head, "NOUN", "nsubjpass", 4), ("was", "be", "AUX", "auxpass", 4),
        ("arrested", "arrest", "VERB", "ROOT", 4), (".", ".", "PUNCT", "punct", 4),
    ]


def test_a_town_named_before_a_person_is_a_place_even_tagged_an_organisation(gazetteer, parse):
    doc = parse(_hometown_rows("Gainesville", ("man", "man")), ents=[(1, 2, "ORG")])
    places = extract_places(gazetteer, doc, _article(doc))
    assert [m.text for m in places.mentions] == ["Gainesville"]
    assert {c.country for c in places.mentions[0].candidates} == {"USA"}


def test_a_name_before_other_nouns_or_a_country_before_police_is_no_hometown(gazetteer, parse):
    doc = parse(_hometown_rows("Gainesville", ("company", "company")), ents=[(1, 2, "ORG")])
    assert extract_places(gazetteer, doc, _article(doc)).mentions == ()
    # "Lebanon Police" in an Indiana story: a country first, left to the other rules
    doc = parse(_hometown_rows("Lebanon", ("police", "police")), ents=[(1, 2, "ORG")])
    assert extract_places(gazetteer, doc, _article(doc)).mentions == ()


def test_the_place_of_a_mayor_or_of_its_people_is_a_place_even_tagged_an_organisation(
    gazetteer, parse
):
    # "The mayor of Gainesville spoke.": the tagger called the town an organisation.
    doc = parse([
        ("The", "the", "DET", "det", 1), ("mayor", "mayor", "NOUN", "nsubj", 4),
        ("of", "of", "ADP", "prep", 1), ("Gainesville", "Gainesville", "PROPN", "pobj", 2),
        ("spoke", "speak", "VERB", "ROOT", 4), (".", ".", "PUNCT", "punct", 4),
    ], ents=[(3, 4, "ORG")])
    assert [m.text for m in extract_places(gazetteer, doc, _article(doc)).mentions] == [
        "Gainesville"]
    # "The bank of Gainesville": no office or people of a place, so no place by that cue
    doc = parse([
        ("The", "the", "DET", "det", 1), ("bank", "bank", "NOUN", "nsubj", 4),
        ("of", "of", "ADP", "prep", 1), ("Gainesville", "Gainesville", "PROPN", "pobj", 2),
        ("spoke", "speak", "VERB", "ROOT", 4), (".", ".", "PUNCT", "punct", 4),
    ], ents=[(3, 4, "ORG")])
    assert extract_places(gazetteer, doc, _article(doc)).mentions == ()


def _hyphened(participle: str, spaced: bool = False) -> Doc:
    """ "A Gainesville-<participle> group said." with the hyphen written tight (or spaced)."""
    rows = [
        ("A", "a", "DET", "det", 4), ("Gainesville", "Gainesville", "PROPN", "npadvmod", 3),
        ("-", "-", "PUNCT", "punct", 3), (participle, participle, "VERB", "amod", 4),
        ("group", "group", "NOUN", "nsubj", 5), ("said", "say", "VERB", "ROOT", 5),
        (".", ".", "PUNCT", "punct", 5),
    ]
    doc = Doc(
        spacy.blank("en").vocab, words=[r[0] for r in rows],
        spaces=[True, spaced, spaced, True, True, False, False],
        lemmas=[r[1] for r in rows], pos=[r[2] for r in rows], deps=[r[3] for r in rows],
        heads=[r[4] for r in rows], sent_starts=[i == 0 for i in range(len(rows))],
    )
    doc.ents = [Span(doc, 1, 2, label="ORG")]
    return doc


def test_a_name_hyphened_to_based_or_born_is_a_place(gazetteer):
    for participle in ("based", "born"):
        doc = _hyphened(participle)
        assert [m.text for m in extract_places(gazetteer, doc, _article(doc)).mentions] == [
            "Gainesville"], participle
    # "Gainesville-owned" says whose, not where; a spaced dash is no compound word
    for doc in (_hyphened("owned"), _hyphened("based", spaced=True)):
        assert extract_places(gazetteer, doc, _article(doc)).mentions == ()


def _held_in(name: str, prep: str, *, named_person: bool = False):
    """ "Talks were held in/at NAME." with NAME tagged PERSON, as the tagger tags some towns;
    ``named_person``: the story also names a person "Ann NAME"."""
    rows = [
        ("Talks", "talk", "NOUN", "nsubjpass", 2), ("were", "be", "AUX", "auxpass", 2),
        ("held", "hold", "VERB", "ROOT", 2), (prep, prep, "ADP", "prep", 2),
        (name, name, "PROPN", "pobj", 3), (".", ".", "PUNCT", "punct", 2),
    ]
    ents = [(4, 5, "PERSON")]
    if named_person:
        rows += [("Ann", "Ann", "PROPN", "compound", 7), (name, name, "PROPN", "nsubj", 8),
                 ("spoke", "speak", "VERB", "ROOT", 8), (".", ".", "PUNCT", "punct", 8)]
        ents.append((6, 8, "PERSON"))
    return _build(rows, ents=ents)


def test_a_town_tagged_as_a_person_after_in_is_still_found(gazetteer):
    # lead18: "police in Ciudad Juarez" (tagged PERSON) placed the event at the dateline
    found = _locate(gazetteer, _held_in("Dandong", "in"), 2)
    assert found is not None and found.name == "Dandong"


@pytest.mark.parametrize(("prep", "named_person"), [("at", False), ("in", True)])
def test_a_person_tagged_name_after_at_or_naming_a_person_is_no_town(gazetteer, prep, named_person):
    found = _locate(gazetteer, _held_in("Dandong", prep, named_person=named_person), 2)
    assert found is None or found.name != "Dandong"
