"""Relevance of a company officer's act, and of a public body's head (made-up articles;
coding/relevance_business.py)."""

from __future__ import annotations

import datetime as dt

from detente.coding.relevance import article_subject, decide
from detente.records import ActorMention, Article, Event, Span

from middle_earth import PARLIAMENT_STORY


def _resigned(words: str, sector: str | None, rule: str) -> tuple[Article, Event]:
    sentence = f"{words} resigned on Monday."
    text = PARLIAMENT_STORY + " " + sentence
    article = Article(doc_id="d1", origin="test", text=text, date=dt.date(2024, 5, 1))
    start = text.index(sentence)
    actor = ActorMention(text=words, start=start, end=start + len(words), country="GND",
                         sector=sector, rule=rule)  # type: ignore[arg-type]  # fmt: skip
    event = Event(
        doc_id="d1", event_id="e1", sentence_index=2, sentence=sentence, sentence_start=start,
        date=article.date, event_type="RETREAT", mode=None, context=(), cameo="0831",
        goldstein=1.0, quad_class=2, actor=(actor,), recipient=(),
        trigger=Span(text="resigned", start=start + len(words) + 1,
                     end=start + len(words) + 9),
        confidence=0.9, lexicon_version="test", pattern_id="p",
    )  # fmt: skip
    return article, event


def test_a_company_officer_resigning_is_business_whatever_place_names_the_firm(lexicon) -> None:
    # "The managing director of Minas Tirith-based Acme": the place made the actor a state
    article, event = _resigned("The managing director of Minas Tirith-based Acme", None,
                               "seat-of-power")  # fmt: skip
    decision = decide(lexicon, event, article_subject(lexicon, article))
    assert (decision.relevant, decision.reason) == (False, "non-political-parties")
    # the same place naming a state's own officer stays the state's act
    article, event = _resigned("The governor of Minas Tirith", None, "seat-of-power")
    assert decide(lexicon, event, article_subject(lexicon, article)).relevant


def test_the_head_of_a_public_body_is_no_company_officer(lexicon) -> None:
    article, event = _resigned("The chief executive of the Minas Tirith Ports Authority", None,
                               "seat-of-power")  # fmt: skip
    assert decide(lexicon, event, article_subject(lexicon, article)).relevant
    article, event = _resigned("The chief executive of Acme", "BUS", "agent")
    decision = decide(lexicon, event, article_subject(lexicon, article))
    assert (decision.relevant, decision.reason) == (False, "non-political-parties")
