"""A state referred to as "the country" in a story about something else acts as the state
(made-up world, the shipped relevance vocabularies)."""

from __future__ import annotations

import datetime as dt

from detente.coding.relevance import article_subject, decide
from detente.records import ActorMention, Article, Event, Span

# A story about an outbreak: its vocabulary makes the article health news.
STORY = (
    "The cholera outbreak spread to new villages as doctors and nurses treated patients with the "
    "disease in clinics. The vaccine campaign stalled and infection rates rose. The country "
    "promised a further 25 million dollars in aid. The charity promised a further 25 dollars."
)


def _promise(lexicon, start: str, text: str, rule: str) -> tuple[bool, str | None]:
    at = STORY.index(start)
    sentence = STORY[at : STORY.index(".", at) + 1]
    party = ActorMention(text=text, start=at, end=at + len(text), country="GND", sector=None,
                         rule=rule)  # type: ignore[arg-type]  # fmt: skip
    where = at + sentence.index("promised")
    event = Event(
        doc_id="d1", event_id="e1", sentence_index=2, sentence=sentence, sentence_start=at,
        date=dt.date(2024, 5, 1), event_type="AGREE", mode=None, context=(), cameo="0331",
        goldstein=5.2, quad_class=1, actor=(party,), recipient=(),
        trigger=Span(text="promised", start=where, end=where + 8), confidence=0.9,
        lexicon_version="test", pattern_id="p",
    )  # fmt: skip
    article = Article(doc_id="d1", origin="test", text=STORY, date=dt.date(2024, 5, 1))
    decision = decide(lexicon, event, article_subject(lexicon, article))
    return decision.relevant, decision.reason


def test_the_country_promising_aid_in_a_health_story_is_the_state(lexicon) -> None:
    assert _promise(lexicon, "The country", "The country", "reference") == (True, None)
    # "the charity" resolved to the same country is no state: the story's subject decides
    assert _promise(lexicon, "The charity", "The charity", "reference") == (
        False, "article:health")  # fmt: skip
