"""Occasions and media named as an event's actor: no party acts (made-up world)."""

from __future__ import annotations

import datetime as dt

from detente.coding.relevance import article_subject, decide
from detente.records import ActorMention, Article, Event, Span

STORY = (
    "The Midsummer Fair at Bree will offer music. The mayor at the fair offered help. "
    "The Fair Trade Commission of Gondor offered help. "
    "Gondorian television showed tanks rolling into Ithilien. Gondorian television accused Mordor."
)


def _decide(lexicon, start: str, actor: str, kind: str, cameo: str, trigger: str,
            sector: str | None):  # fmt: skip
    at = STORY.index(start)
    sentence = STORY[at : STORY.index(".", at) + 1]
    where = at + sentence.index(trigger)
    party = ActorMention(text=actor, start=at, end=at + len(actor), country="GND", sector=sector,
                         rule="agent")  # type: ignore[arg-type]  # fmt: skip
    event = Event(
        doc_id="d1", event_id="e1", sentence_index=0, sentence=sentence, sentence_start=at,
        date=dt.date(2024, 5, 1), event_type=kind, mode=None, context=(), cameo=cameo,
        goldstein=0.0, quad_class=1, actor=(party,), recipient=(),
        trigger=Span(text=trigger, start=where, end=where + len(trigger)), confidence=0.9,
        lexicon_version="test", pattern_id="p",
    )  # fmt: skip
    article = Article(doc_id="d1", origin="test", text=STORY, date=dt.date(2024, 5, 1))
    decision = decide(lexicon, event, article_subject(lexicon, article))
    return decision.relevant, decision.reason


def test_an_occasion_as_the_actor_is_no_party(lexicon) -> None:
    # no sector: a party that may be the state, which only the phrase's words set apart
    fair = _decide(lexicon, "The Midsummer", "The Midsummer Fair at Bree", "AGREE", "030",
                   "offer", None)  # fmt: skip
    assert fair == (False, "thing-actor")
    # "the mayor at the fair": the fair modifies the party, who acts
    mayor = _decide(lexicon, "The mayor", "The mayor at the fair", "AGREE", "030", "offered",
                    None)  # fmt: skip
    assert mayor == (True, None)
    # "the Fair Trade Commission": the phrase's head is the commission, a party
    board = _decide(lexicon, "The Fair Trade", "The Fair Trade Commission of Gondor", "AGREE",
                    "030", "offered", None)  # fmt: skip
    assert board == (True, None)


def test_a_medium_shows_a_material_act_but_may_accuse(lexicon) -> None:
    shown = _decide(lexicon, "Gondorian television showed", "Gondorian television", "COERCE",
                    "192", "rolling", "JRN")  # fmt: skip
    assert shown == (False, "thing-actor")
    accused = _decide(lexicon, "Gondorian television accused", "Gondorian television", "ACCUSE",
                      "112", "accused", "JRN")  # fmt: skip
    assert accused == (True, None)
