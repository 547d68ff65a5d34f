"""The paragraphs of a news roundup are separate stories (coding/relevance_stories.py,
relevance.yaml `story_min_terms`). Made-up world, hand-built events decided in made-up
bulletins; minimal pairs keep the political items and the one-paragraph text."""

from __future__ import annotations

import datetime as dt

from detente.coding.relevance import mark_relevance
from detente.records import ActorMention, Article, Event
from detente.records import Span as TextSpan

from middle_earth import party_mention as _party

POLITICS_ROUNDUP = (
    "News in brief\n\n"
    "The government of Gondor accused Arnor of massing troops on the border, the ministry said. "
    "Opposition lawmakers in parliament demanded a vote on the army budget.\n\n"
    "In the first Test at Osgiliath, Gondor's captain warned Arnor his side would attack. "
    "Gondor's bowlers took four wickets before lunch on the first day.\n\n"
    "Police in Bree arrested ten protesters outside parliament after the election."
)

SPORTS_ROUNDUP = (
    "Sports roundup\n\n"
    "Gondor beat Arnor 2-0 in the semi-final, with goals from striker Beregond. The Arnor coach "
    "blamed the referee, and the goalkeeper said the squad would recover for the tournament.\n\n"
    "Gondor's bowlers took four wickets in the Test match at the stadium.\n\n"
    "Gondor accused Arnor of violating the trade treaty, the foreign ministry said. Officials "
    "said the government would seek sanctions at the border.\n\n"
    "Villagers protested outside the parliament in Bree against the minister's election."
)


CAPTAIN = "In the first Test at Osgiliath, Gondor's captain warned Arnor his side would attack."


def _event(text: str, sentence: str, cameo: str, event_type: str, actor: ActorMention,
           recipient: tuple[ActorMention, ...] = ()) -> Event:  # fmt: skip
    at = text.index(sentence)
    return Event(
        doc_id="d1", event_id="e1", sentence_index=0, sentence=sentence, sentence_start=at,
        date=dt.date(2024, 5, 1), event_type=event_type, mode=None, context=(), cameo=cameo,
        goldstein=-2.0, quad_class=3, actor=(actor,), recipient=recipient,
        trigger=TextSpan(text="x", start=at, end=at + 1), confidence=0.9,
        lexicon_version="test", pattern_id="p",
    )  # fmt: skip


def _decided(lexicon, text: str, event: Event) -> tuple[bool, str | None]:
    article = Article(doc_id="d1", origin="test", text=text, date=dt.date(2024, 5, 1))
    [marked] = mark_relevance(lexicon, article, (event,))
    return marked.relevant, marked.relevance


def test_a_match_report_in_a_politics_roundup_is_sport(lexicon) -> None:
    sentence = CAPTAIN
    captain = _party("Gondor's captain", "GND", "MIL")
    event = _event(POLITICS_ROUNDUP, sentence, "190", "ASSAULT", captain)
    assert _decided(lexicon, POLITICS_ROUNDUP, event) == (False, "sport-party")


def test_the_same_report_run_together_with_politics_stays_with_the_article(lexicon) -> None:
    text = POLITICS_ROUNDUP.replace("\n\n", " ")
    sentence = CAPTAIN
    captain = _party("Gondor's captain", "GND", "MIL")
    assert _decided(lexicon, text, _event(text, sentence, "190", "ASSAULT", captain))[0] is True


def test_a_political_item_in_a_politics_roundup_stays_political(lexicon) -> None:
    sentence = "Police in Bree arrested ten protesters outside parliament after the election."
    police = _party("Police in Bree", "ARN", "COP")
    protesters = _party("ten protesters", "ARN", "CVL")
    event = _event(POLITICS_ROUNDUP, sentence, "173", "COERCE", police, (protesters,))
    assert _decided(lexicon, POLITICS_ROUNDUP, event) == (True, None)


def test_a_protest_item_in_a_sports_roundup_is_political(lexicon) -> None:
    sentence = "Villagers protested outside the parliament in Bree against the minister's election."
    villagers = _party("Villagers", "ARN", "CVL")
    event = _event(SPORTS_ROUNDUP, sentence, "141", "PROTEST", villagers)
    assert _decided(lexicon, SPORTS_ROUNDUP, event) == (True, None)


def test_a_match_report_in_a_sports_roundup_stays_sport(lexicon) -> None:
    sentence = "Gondor's bowlers took four wickets in the Test match at the stadium."
    bowlers = _party("Gondor's bowlers", "GND", None)
    arnor = _party("Arnor", "ARN", None, "country-name")
    event = _event(SPORTS_ROUNDUP, sentence, "190", "ASSAULT", bowlers, (arnor,))
    assert _decided(lexicon, SPORTS_ROUNDUP, event)[0] is False
