"""A news site's country domain frames the places of its articles."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span

from detente.geo.locate import ArticlePlaces, extract_places
from detente.geo.sites import site_country
from detente.records import Article

from support import build_doc

BELFAST_PAPER = "https://www.newsletter.co.uk/news/crime/story-1-8447589"


def test_a_country_domain_names_its_country() -> None:
    assert site_country(BELFAST_PAPER) == "GBR"
    assert site_country("http://www.dailystar.com.lb/article.asp?id=1") == "LBN"
    assert site_country("www.irishtimes.ie/news") == "IRL"  # no scheme


def test_a_generic_or_unreadable_domain_names_no_country() -> None:
    assert site_country("http://www.athensreview.com/local/story.html") is None
    assert site_country("https://news.example.tv/a") is None  # ".tv" is sold worldwide
    assert site_country("http://[broken/") is None
    assert site_country("localhost") is None
    assert site_country(None) is None


def _arrested_in(*towns: str) -> Doc:
    """ "Police arrested Frodo in <town> [and <town>]." with the towns tagged GPE."""
    rows = [
        ("Police", "police", "NOUN", "nsubj", 1), ("arrested", "arrest", "VERB", "ROOT", 1),
        ("Frodo", "Frodo", "PROPN", "dobj", 1), ("in", "in", "ADP", "prep", 1),
        (towns[0], towns[0], "PROPN", "pobj", 3),
    ]
    if len(towns) > 1:
        rows += [("and", "and", "CCONJ", "cc", 4), (towns[1], towns[1], "PROPN", "conj", 4)]
    rows.append((".", ".", "PUNCT", "punct", 1))
    doc = build_doc(rows)
    doc.ents = [Span(doc, i, i + 1, label="GPE") for i in (4, 6)[: len(towns)]]
    return doc


def _places(gazetteer, doc: Doc, url: str | None) -> ArticlePlaces:
    article = Article(doc_id="t", origin="<test>", text=doc.text, date=dt.date(2018, 4, 5),
                      url=url)
    return extract_places(gazetteer, doc, article)


def test_a_small_town_abroad_in_a_local_paper_is_taken_for_an_unknown_local_place(gazetteer):
    # "the Shankill area" of Belfast is also an Irish town of 14,000; the test index keeps
    # towns of 15,000 and more, so Naas (an Irish town of 20,000) plays its part.
    assert [c.country for c in gazetteer.lookup("Naas")] == ["IRL"]
    found = _places(gazetteer, _arrested_in("Naas"), BELFAST_PAPER)
    assert found.mentions == () and found.site == "GBR" and "GBR" in found.countries
    # With no site, or in a site of the town's own country, the town stays.
    assert [m.text for m in _places(gazetteer, _arrested_in("Naas"), None).mentions] == ["Naas"]
    irish = _places(gazetteer, _arrested_in("Naas"), "https://www.irishtimes.ie/news")
    assert [m.text for m in irish.mentions] == ["Naas"]


def test_a_small_town_abroad_stays_when_the_article_names_its_country(gazetteer):
    found = _places(gazetteer, _arrested_in("Naas", "Dublin"), BELFAST_PAPER)
    assert [m.text for m in found.mentions] == ["Naas", "Dublin"]


def test_a_big_city_abroad_stays_in_a_local_paper(gazetteer):
    found = _places(gazetteer, _arrested_in("Dublin"), BELFAST_PAPER)
    assert [m.text for m in found.mentions] == ["Dublin"]
