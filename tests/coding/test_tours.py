"""A tour with no host at home inspects a site, no political visit (made-up world)."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.relevance import article_subject, decide
from detente.lexicons.relevance import build_lexicon, read_relevance
from detente.records import ActorMention, Article, Event, Place, Span

STORY = (
    "The king of Gondor toured Osgiliath. The king of Gondor toured Bree. The king visited Arnor."
)


@pytest.fixture(scope="module")
def lexicon():
    """The shipped relevance vocabularies."""
    return build_lexicon(read_relevance())


def _place(name: str, country: str) -> Place:
    return Place(name=name, country=country, lat=0.0, lon=0.0, precision="city",
                 rule="event-sentence")  # type: ignore[arg-type]  # fmt: skip


def _decide(lexicon, start: str, trigger: str, place: Place | None, recipient=()):
    at = STORY.index(start)
    sentence = STORY[at : STORY.index(".", at) + 1]
    where = at + sentence.index(trigger)
    king = ActorMention(text="The king of Gondor", start=at, end=at + 18, country="GND",
                        sector="GOV", rule="agent")  # type: ignore[arg-type]  # fmt: skip
    event = Event(
        doc_id="d1", event_id="e1", sentence_index=0, sentence=sentence, sentence_start=at,
        date=dt.date(2024, 5, 1), event_type="CONSULT", mode=None, context=(), cameo="042",
        goldstein=1.9, quad_class=1, actor=(king,), recipient=tuple(recipient),
        trigger=Span(text=trigger, start=where, end=where + len(trigger)), confidence=0.9,
        lexicon_version="test", pattern_id="p", location=place,
    )  # fmt: skip
    article = Article(doc_id="d1", origin="test", text=STORY, date=dt.date(2024, 5, 1))
    decision = decide(lexicon, event, article_subject(lexicon, article))
    return decision.relevant, decision.reason


def test_a_tour_at_home_with_no_host_is_no_visit(lexicon) -> None:
    home = _decide(lexicon, "The king of Gondor toured Osgiliath", "toured",
                   _place("Osgiliath", "GND"))  # fmt: skip
    assert home == (False, "own-ground-tour")
    abroad = _decide(lexicon, "The king of Gondor toured Bree", "toured", _place("Bree", "ARN"))
    assert abroad == (True, None)
    arnor = ActorMention(text="Arnor", start=0, end=5, country="ARN", sector=None,
                         rule="country-name")  # type: ignore[arg-type]  # fmt: skip
    visit = _decide(lexicon, "The king visited", "visited", None, recipient=(arnor,))
    assert visit == (True, None)
