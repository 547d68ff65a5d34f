"""A motor race's and a ball game's own words make a story sport (relevance.yaml, senses14):
qualifying, pole position, laps and the grid; quarters, rebounds and free throws. Made-up
stories; the same act in a story about politics stays political."""

from __future__ import annotations

import datetime as dt

from detente.coding.relevance import article_subject, decide
from detente.records import ActorMention, Article, Event, Span

RACE = (
    "Tom Valdor of Gondor took pole position in Osgiliath after a dramatic qualifying session. "
    "He beat his rival by a tenth of a second on the final lap and will start first on the "
    "grid, ahead of two Arnorian drivers. The Gondorian driver attacked in the last minutes."
)
GAME = (
    "Osgiliath beat Bree 88-80. Bree led after the third quarter, but Osgiliath took every "
    "rebound in the fourth quarter and made eleven free throws. The Gondorians attacked late."
)
POLITICS = (
    "Parliament voted on Tuesday to approve the budget. The opposition party rejected the plan "
    "and accused the prime minister of lying. The Gondorian driver attacked in the last minutes."
)


def _article(text: str) -> Article:
    return Article(doc_id="d1", origin="test", text=text, date=dt.date(2024, 5, 1))


def _attack(article: Article, sentence: str, actor: str) -> Event:
    start = article.text.index(sentence)
    party = ActorMention(text=actor, start=0, end=len(actor), country="GND", sector=None,
                         rule="demonym")  # fmt: skip
    return Event(
        doc_id=article.doc_id, event_id="e0", sentence_index=0, sentence=sentence,
        sentence_start=start, date=article.date, event_type="ASSAULT", mode=None, context=(),
        cameo="190", goldstein=-10.0, quad_class=4, actor=(party,), recipient=(),
        trigger=Span(text="x", start=start, end=start + 1), confidence=0.9,
        lexicon_version="test", pattern_id="p",
    )  # fmt: skip


def test_a_race_report_is_sport(lexicon) -> None:
    article = _article(RACE)
    subject = article_subject(lexicon, article)
    assert subject.reason == "article:sports"
    sentence = "The Gondorian driver attacked in the last minutes."
    event = _attack(article, sentence, "The Gondorian driver")
    assert decide(lexicon, event, subject).relevant is False


def test_a_ball_game_report_is_sport(lexicon) -> None:
    article = _article(GAME)
    subject = article_subject(lexicon, article)
    assert subject.reason == "article:sports"
    event = _attack(article, "The Gondorians attacked late.", "The Gondorians")
    assert decide(lexicon, event, subject).relevant is False


def test_the_same_act_in_a_story_of_politics_stays_political(lexicon) -> None:
    article = _article(POLITICS)
    subject = article_subject(lexicon, article)
    assert subject.domain is None
    event = _attack(article, "The Gondorian driver attacked in the last minutes.",
                    "The Gondorian driver")  # fmt: skip
    assert decide(lexicon, event, subject).relevant is True
