"""Companies named by their trade ("the drugmaker") or in the plural ("two firms") are
businesses whatever country their adjective gives them (relevance.yaml company_nouns,
senses14); a state named by its name stays a party. Made-up parties."""

from __future__ import annotations

import datetime as dt

from detente.coding.relevance import article_subject, decide
from detente.records import ActorMention, Article, Event, Span

TEXT = "The Gondorian drugmaker formed a partnership with two Arnorian firms on Monday."


def _party(text: str, country: str, rule: str = "demonym") -> ActorMention:
    return ActorMention(text=text, start=0, end=len(text), country=country, sector=None,
                        rule=rule)  # type: ignore[arg-type]  # fmt: skip


def _deal(actor: ActorMention, recipient: ActorMention) -> tuple[Event, Article]:
    article = Article(doc_id="d1", origin="test", text=TEXT, date=dt.date(2024, 5, 1))
    event = Event(
        doc_id="d1", event_id="e0", sentence_index=0, sentence=TEXT, sentence_start=0,
        date=article.date, event_type="COOPERATE", mode=None, context=(), cameo="060",
        goldstein=6.0, quad_class=2, actor=(actor,), recipient=(recipient,),
        trigger=Span(text="formed", start=25, end=31), confidence=0.9,
        lexicon_version="test", pattern_id="p",
    )  # fmt: skip
    return event, article


def test_a_drugmakers_deal_with_firms_is_business(lexicon) -> None:
    event, article = _deal(_party("The Gondorian drugmaker", "GND"),
                           _party("two Arnorian firms", "ARN"))  # fmt: skip
    decision = decide(lexicon, event, article_subject(lexicon, article))
    assert (decision.relevant, decision.reason) == (False, "non-political-parties")


def test_a_deal_with_a_state_named_by_its_name_stays_political(lexicon) -> None:
    event, article = _deal(_party("The Gondorian drugmaker", "GND"),
                           _party("Arnor", "ARN", "country-name"))  # fmt: skip
    assert decide(lexicon, event, article_subject(lexicon, article)).relevant is True
