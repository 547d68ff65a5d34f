"""Aid sent from abroad with no recipient named goes to the stricken country: in a story set in
Gondor, "Arnor provided relief" is aid from Arnor to Gondor; Gondor's own aid, a firm's gift
and aid only planned get no recipient this way.

Hand-built parses of the made-up world: two sentences name places of Gondor (the article's
home), the third tells the aid. Rows are (word, lemma, POS, dependency, head index within the
sentence).
"""

from __future__ import annotations

from detente.coding.events import Coder, code_article
from detente.records import Article, Event

from middle_earth import DATE, home_story, parties
from support import build_doc

PUNCT = (".", ".", "PUNCT", "punct")


def _code(coder: Coder, sentence: list, *, home: bool = True) -> tuple[Event, ...]:
    """ "[Rain fell in Osgiliath. Rain fell in Ithilien.] <sentence>" """
    rows = home_story(sentence) if home else sentence
    doc = build_doc(rows, tags={i: "VBD" for i, r in enumerate(rows) if r[0] == "provided"},
                    starts=(0, 5, 10) if home else (0,))  # fmt: skip
    article = Article(doc_id="t1", origin="test", text=doc.text, date=DATE)
    return code_article(coder, article, doc)


def _provided(donor: list, *, negated: bool = False, will: bool = False) -> list:
    """ "<donor> [did not | will] provide(d) relief." (the donor's words head at their last
    token)"""
    aux = [("did", "do", "AUX", "aux", 0), ("not", "not", "PART", "neg", 0)] if negated else []
    aux += [("will", "will", "AUX", "aux", 0)] if will else []
    v = len(donor) + len(aux)
    return [
        *(row if k != len(donor) - 1 else (*row[:3], "nsubj", v) for k, row in enumerate(donor)),
        *((*row[:4], v) for row in aux),
        ("provide" if aux else "provided", "provide", "VERB", "ROOT", v),
        ("relief", "relief", "NOUN", "dobj", v),
        (*PUNCT, v),
    ]


ARNOR = [("Arnor", "Arnor", "PROPN", "", 0)]


def test_aid_from_abroad_goes_to_the_story_country(coder: Coder) -> None:
    [event] = [e for e in _code(coder, _provided(ARNOR)) if e.event_type == "AID"]
    assert parties(event.actor)[0][0] == "ARN"
    assert parties(event.recipient) == [("GND", None, "places")]


def test_a_country_aiding_itself_names_no_recipient(coder: Coder) -> None:
    gondor = [("Gondor", "Gondor", "PROPN", "", 0)]
    assert all(e.event_type != "AID" for e in _code(coder, _provided(gondor)))


def test_aid_with_no_story_country_names_no_recipient(coder: Coder) -> None:
    assert all(e.event_type != "AID" for e in _code(coder, _provided(ARNOR), home=False))


def test_a_firms_gift_is_no_aid_from_abroad(coder: Coder) -> None:
    firm = [("Arnorian", "Arnorian", "ADJ", "amod", 1), ("companies", "company", "NOUN", "", 0)]
    assert all(e.event_type != "AID" for e in _code(coder, _provided(firm)))


def test_aid_not_given_gets_no_recipient_this_way(coder: Coder) -> None:
    # "Arnor did not provide relief": only aid told as done is placed where the story is
    rows = _provided(ARNOR, negated=True)
    assert all(e.event_type != "AID" for e in _code(coder, rows))


def test_refugees_are_never_donors(coder: Coder) -> None:
    # "Arnorian refugees provided relief": read so only by a misparse of "refugees granted asylum"
    refugees = [("Arnorian", "Arnorian", "ADJ", "amod", 1), ("refugees", "refugee", "NOUN", "", 0)]
    assert all(e.event_type != "AID" for e in _code(coder, _provided(refugees)))


def test_aid_pledged_from_abroad_goes_to_the_story_country(coder: Coder) -> None:
    # "Arnor will provide relief": an intent to give aid (CAMEO 033), told for the future
    [event] = _code(coder, _provided(ARNOR, will=True))
    assert event.cameo.startswith("033") and event.modality == "future"
    assert parties(event.recipient) == [("GND", None, "places")]


def test_aid_another_party_allows_is_not_given_yet(coder: Coder) -> None:
    # "Mordor allowed Arnor to provide relief": the aid is only allowed, no one gave it
    rows = [
        ("Mordor", "Mordor", "PROPN", "nsubj", 1),
        ("allowed", "allow", "VERB", "ROOT", 1),
        ("Arnor", "Arnor", "PROPN", "nsubj", 4),
        ("to", "to", "PART", "aux", 4),
        ("provide", "provide", "VERB", "ccomp", 1),
        ("relief", "relief", "NOUN", "dobj", 4),
        (*PUNCT, 1),
    ]
    events = _code(coder, rows)
    assert all(not (e.event_type == "AID" and e.recipient) for e in events)
