"""A person charged in or for a crime, with no one named who charged them, is charged by the
courts of the story's home.

Hand-built parses of the made-up world: two sentences name places of Gondor (the article's
home), the third reports the charge. Rows are (word, lemma, POS, dependency, head index within
the sentence).
"""

from __future__ import annotations

from detente.coding.events import Coder, code_article
from detente.records import Article, Event

from middle_earth import DATE, home_story, parties
from support import build_doc

PUNCT = (".", ".", "PUNCT", "punct")


def _code(coder: Coder, sentence: list) -> tuple[Event, ...]:
    """ "Rain fell in Osgiliath. Rain fell in Ithilien. <sentence>" (a story set in Gondor)."""
    rows = home_story(sentence)
    participles = {i: "VBN" for i, r in enumerate(rows) if r[0] in ("charged", "accused")}
    doc = build_doc(rows, tags=participles, starts=(0, 5, 10))
    article = Article(doc_id="t1", origin="test", text=doc.text, date=DATE)
    return code_article(coder, article, doc)


def _charged(verb: tuple[str, str] = ("charged", "charge")) -> list:
    """ "The trader was <charged> in the robbery." """
    return [
        ("The", "the", "DET", "det", 1),
        ("trader", "trader", "NOUN", "nsubjpass", 3),
        ("was", "be", "AUX", "auxpass", 3),
        (*verb, "VERB", "ROOT", 3),
        ("in", "in", "ADP", "prep", 3),
        ("the", "the", "DET", "det", 6),
        ("robbery", "robbery", "NOUN", "pobj", 4),
        (*PUNCT, 3),
    ]


def test_a_person_charged_in_a_crime_is_charged_by_the_home_courts(coder: Coder) -> None:
    # "charged in the robbery" reads as an accusation pattern, not as "charged with"
    [event] = _code(coder, _charged())
    assert event.event_type == "ACCUSE"
    assert parties(event.actor) == [("GND", "JUD", "implied")]
    assert [m.country for m in event.recipient] == ["GND"]


def test_an_accusation_with_no_one_named_who_made_it_is_no_charge(coder: Coder) -> None:
    # "was accused in the robbery": anyone may accuse, so no home court is implied
    assert _code(coder, _charged(("accused", "accuse"))) == ()


def test_a_headline_charge_is_charged_by_the_home_courts(coder: Coder) -> None:
    # "Trader charged in robbery.": the headline's noun is described by the participle
    sentence = [
        ("Trader", "trader", "NOUN", "ROOT", 0),
        ("charged", "charge", "VERB", "acl", 0),
        ("in", "in", "ADP", "prep", 1),
        ("robbery", "robbery", "NOUN", "pobj", 2),
        (*PUNCT, 0),
    ]
    [event] = _code(coder, sentence)
    assert parties(event.actor) == [("GND", "JUD", "implied")]


def test_a_charge_that_describes_a_party_of_another_act_is_no_news(coder: Coder) -> None:
    # "The trader charged in the robbery was declared incompetent.": his record, told to
    # say who he is
    sentence = [
        ("The", "the", "DET", "det", 1),
        ("trader", "trader", "NOUN", "nsubjpass", 7),
        ("charged", "charge", "VERB", "acl", 1),
        ("in", "in", "ADP", "prep", 2),
        ("the", "the", "DET", "det", 5),
        ("robbery", "robbery", "NOUN", "pobj", 3),
        ("was", "be", "AUX", "auxpass", 7),
        ("declared", "declare", "VERB", "ROOT", 7),
        ("incompetent", "incompetent", "ADJ", "oprd", 7),
        (*PUNCT, 7),
    ]
    events = _code(coder, sentence)
    assert [e for e in events if e.trigger.text == "charged"] == []
