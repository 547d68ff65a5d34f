"""Relevance with a venue taken for a recipient: the state where a private act happened is no
party to it (made-up articles; coding/relevance_venues.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from detente.coding.relevance import article_subject, decide
from detente.records import ActorMention, Article, Event, Span

from middle_earth import PARLIAMENT_STORY


def _mention(text: str, words: str, country: str | None, sector: str | None,
             rule: str) -> ActorMention:  # fmt: skip
    start = text.index(words)
    return ActorMention(text=words, start=start, end=start + len(words), country=country,
                        sector=sector, rule=rule)  # type: ignore[arg-type]  # fmt: skip


def _resignation(sentence: str, place: str) -> tuple[Article, Event]:
    text = PARLIAMENT_STORY + " " + sentence
    article = Article(doc_id="d1", origin="test", text=text, date=dt.date(2024, 5, 1))
    start = text.index(sentence)
    event = Event(
        doc_id="d1", event_id="e1", sentence_index=2, sentence=sentence, sentence_start=start,
        date=article.date, event_type="RETREAT", mode=None, context=(), cameo="0831",
        goldstein=1.0, quad_class=2,
        actor=(_mention(text, "The bank's chief executive", "ARN", "BUS", "agent"),),
        recipient=(_mention(text, place, "GND", None, "country-name"),),
        trigger=Span(text="resigned", start=start + 27, end=start + 35), confidence=0.9,
        lexicon_version="test", pattern_id="p",
    )  # fmt: skip
    return article, event


def test_a_state_named_as_the_venue_of_a_firms_act_makes_it_no_state_act(lexicon) -> None:
    article, event = _resignation("The bank's chief executive resigned after losses in Gondor.",
                                  "Gondor")  # fmt: skip
    decision = decide(lexicon, event, article_subject(lexicon, article))
    assert (decision.relevant, decision.reason) == (False, "non-political-parties")


def test_a_state_dealt_with_stays_a_party(lexicon) -> None:
    # "The bank's chief executive resigned after talks with Gondor.": Gondor took part
    article, event = _resignation("The bank's chief executive resigned after talks with Gondor.",
                                  "Gondor")  # fmt: skip
    assert decide(lexicon, event, article_subject(lexicon, article)).relevant



def test_a_body_named_by_its_noun_after_in_stays_a_party(lexicon) -> None:
    # "The bank's chief executive resigned after losses in the ministry.": a body, not a venue
    article, event = _resignation(
        "The bank's chief executive resigned after losses in the ministry.", "the ministry")
    ministry = replace(event.recipient[0], rule="agent")
    event = replace(event, recipient=(ministry,))
    assert decide(lexicon, event, article_subject(lexicon, article)).relevant
