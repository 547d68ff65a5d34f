"""A town's name followed by its state or province; lowercase words; county names."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from detente.geo.locate import ArticlePlaces, extract_places, resolve_place
from detente.geo.qualifiers import REGIONS, Region, region_after
from detente.records import Article, Dateline

from support import build_doc

Row = tuple[str, str, str, str, int]  # word, lemma, POS, dependency label, head index


def _build(rows: Sequence[Row], ents: Sequence[tuple[int, int, str]] = ()) -> Doc:
    doc = build_doc(rows)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    return doc


def _places(gazetteer, doc: Doc, dateline: str | None = None) -> ArticlePlaces:
    line = Dateline(text=f"{dateline} (AP) --", place=dateline) if dateline else None
    article = Article(doc_id="t", origin="<test>", text=doc.text, date=dt.date(2009, 3, 5),
                      dateline=line)
    return extract_places(gazetteer, doc, article)


def _resolved(places: ArticlePlaces) -> dict[str, tuple[str, str | None]]:
    found = {}
    for mention in places.mentions:
        place = resolve_place(mention.candidates, countries=places.countries,
                              divisions=places.divisions)
        assert place is not None
        found[mention.text] = (place.country, place.admin1)
    return found


def _arrested_in(town: str, region: str, rest: Sequence[str] = ()) -> Doc:
    """ "Police arrested Frodo in <town>, <region> <rest>." with both names tagged GPE."""
    words = ["Police", "arrested", "Frodo", "in", town, ",", region, *rest, "."]
    rows = [
        ("Police", "police", "NOUN", "nsubj", 1), ("arrested", "arrest", "VERB", "ROOT", 1),
        ("Frodo", "Frodo", "PROPN", "dobj", 1), ("in", "in", "ADP", "prep", 1),
        (town, town, "PROPN", "pobj", 3), (",", ",", "PUNCT", "punct", 4),
        (region, region, "PROPN", "appos", 4),
    ]
    rows += [(w, w, "PROPN", "conj", 6) for w in rest]
    rows.append((".", ".", "PUNCT", "punct", 1))
    assert [r[0] for r in rows] == words
    return _build(rows, ents=[(4, 5, "GPE"), (6, 7, "GPE")])


def test_a_town_followed_by_its_state_is_that_states_town(gazetteer):
    assert _resolved(_places(gazetteer, _arrested_in("Paris", "Texas")))["Paris"] == ("USA", "TX")
    assert _resolved(_places(gazetteer, _arrested_in("London", "Ky.")))["London"] == ("USA", "KY")


def test_a_country_named_like_the_town_gives_way_to_the_state(gazetteer):
    found = _resolved(_places(gazetteer, _arrested_in("Lebanon", "Mo.")))
    assert found["Lebanon"] == ("USA", "MO")
    # the abbreviation is the state, not the Norwegian village called Mo
    assert found["Mo."] == ("USA", "MO")


def test_without_a_state_the_famous_place_stays(gazetteer):
    doc = _build([
        ("Police", "police", "NOUN", "nsubj", 1), ("arrested", "arrest", "VERB", "ROOT", 1),
        ("Frodo", "Frodo", "PROPN", "dobj", 1), ("in", "in", "ADP", "prep", 1),
        ("Paris", "Paris", "PROPN", "pobj", 3), (".", ".", "PUNCT", "punct", 1),
    ], ents=[(4, 5, "GPE")])
    assert _resolved(_places(gazetteer, doc))["Paris"] == ("FRA", "11")


def test_a_country_named_like_a_state_stays_the_country_after_its_capital(gazetteer):
    found = _resolved(_places(gazetteer, _arrested_in("Tbilisi", "Georgia")))
    assert found == {"Tbilisi": ("GEO", found["Tbilisi"][1]), "Georgia": ("GEO", None)}
    found = _resolved(_places(gazetteer, _arrested_in("Athens", "Georgia")))
    assert found["Athens"] == ("USA", "GA")
    assert found["Georgia"] == ("USA", "GA")


def test_a_list_of_capitals_is_no_town_and_state(gazetteer):
    # "Paris, Washington and Moscow": no Paris lies in Washington state, so Paris stays Paris
    found = _resolved(_places(gazetteer, _arrested_in("Paris", "Washington", ["and", "Moscow"])))
    assert found["Paris"][0] == "FRA"
    # "and" after a state's full name closes a list; after an abbreviation it does not
    listed = _arrested_in("Washington", "New", ["York", "and", "Boston"])
    assert region_after(listed, listed[4:5]) is None
    qualified = _arrested_in("Paris", "Tex.", ["and", "Boston"])
    assert region_after(qualified, qualified[4:5]) == (Region("USA", "TX", "Texas"), "Tex.")


def test_a_canadian_province_qualifies_its_town(gazetteer):
    found = _resolved(_places(gazetteer, _arrested_in("Hamilton", "Ont.")))
    assert found["Hamilton"] == ("CAN", "08")
    found = _resolved(_places(gazetteer, _arrested_in("London", "Ontario")))
    assert found["London"] == ("CAN", "08")
    # a town too small for the gazetteer is at least in the province's country
    found = _resolved(_places(gazetteer, _arrested_in("Paris", "Ont.")))
    assert found["Paris"][0] == "CAN"


def test_a_dateline_with_a_state_names_that_states_town(gazetteer):
    doc = _build([
        ("Police", "police", "NOUN", "nsubj", 1), ("arrested", "arrest", "VERB", "ROOT", 1),
        ("Frodo", "Frodo", "PROPN", "dobj", 1), (".", ".", "PUNCT", "punct", 1),
    ])
    places = _places(gazetteer, doc, dateline="LONDON, Ky.")
    assert places.dateline is not None
    place = resolve_place(places.dateline.candidates, countries=places.countries,
                          divisions=places.divisions)
    assert place is not None and (place.country, place.admin1) == ("USA", "KY")


def test_state_abbreviations_are_read_with_or_without_dots():
    assert REGIONS["W.Va"] == REGIONS["WV"] == Region("USA", "WV", "West Virginia")
    assert REGIONS["Ky"] == REGIONS["Kentucky"]
    assert REGIONS["Que"].country == "CAN"


def test_a_lowercase_word_is_no_place(gazetteer):
    # the parser tags "nice" as a place; the gazetteer knows Nice, France
    doc = _build([
        ("Frodo", "Frodo", "PROPN", "nsubj", 1), ("found", "find", "VERB", "ROOT", 1),
        ("it", "it", "PRON", "dobj", 1), ("nice", "nice", "ADJ", "oprd", 1),
        (".", ".", "PUNCT", "punct", 1),
    ], ents=[(3, 4, "GPE")])
    assert gazetteer.lookup("nice")
    assert _places(gazetteer, doc).mentions == ()


def _jail(extra: Sequence[Row] = ()) -> Doc:
    """ "Frodo was held in the Hamilton County jail [in Ohio]." """
    rows: list[Row] = [
        ("Frodo", "Frodo", "PROPN", "nsubjpass", 2), ("was", "be", "AUX", "auxpass", 2),
        ("held", "hold", "VERB", "ROOT", 2), ("in", "in", "ADP", "prep", 2),
        ("the", "the", "DET", "det", 7), ("Hamilton", "Hamilton", "PROPN", "compound", 6),
        ("County", "County", "PROPN", "compound", 7), ("jail", "jail", "NOUN", "pobj", 3),
        *extra, (".", ".", "PUNCT", "punct", 2),
    ]
    return _build(rows, ents=[(4, 7, "GPE"), *([(9, 10, "GPE")] if extra else [])])


def test_a_county_is_no_foreign_town_of_its_name(gazetteer):
    # not Hamilton, Ontario: a "<name> County" of no named country is the American one
    assert _resolved(_places(gazetteer, _jail()))["Hamilton"][0] == "USA"
    in_ohio = _jail([("in", "in", "ADP", "prep", 7), ("Ohio", "Ohio", "PROPN", "pobj", 8)])
    found = _resolved(_places(gazetteer, in_ohio))
    assert found["Hamilton"][0] == "USA"


def test_a_county_of_one_country_names_that_country(gazetteer):
    # "Hamilton County" is read as American: the article then names the United States.
    assert "USA" in _places(gazetteer, _jail()).countries
