"""Nouns sport shares with politics: "the Gondor captain", "the home side", "Gondor's attack"
are players and teams in a sports story, officers and parties elsewhere (made-up world, the
shipped relevance vocabularies)."""

from __future__ import annotations

import datetime as dt

from detente.coding.relevance import article_subject, decide
from detente.records import ActorMention, Article, Event, Span

SPORT = (
    "The Gondor captain praised his bowlers after the innings. "
    "Gondor's captain Faramir criticised the umpire over the wicket. "
    "The home side attacked from the first over of the test match. "
    "Gondor's attack destroyed the batting of Arnor. "
    "A police unit arrested fans after the match."
)
POLITICS = (
    "The Gondor captain praised the king. The two sides attacked the border post. "
    "The army captain attacked the rebels of Arnor. "
    "The two sides agreed to move forward on their goals in Minas Tirith."
)


def _party(story: str, text: str, country: str | None, sector: str | None,
           rule: str) -> ActorMention:  # fmt: skip
    at = story.index(text)
    return ActorMention(text=text, start=at, end=at + len(text), country=country, sector=sector,
                        rule=rule)  # type: ignore[arg-type]  # fmt: skip


def _decide(lexicon, story: str, start: str, trigger: str, kind: str, cameo: str,
            actor: ActorMention, *recipient: ActorMention):  # fmt: skip
    at = story.index(start)
    sentence = story[at : story.index(".", at) + 1]
    where = at + sentence.index(trigger)
    event = Event(
        doc_id="d1", event_id="e1", sentence_index=0, sentence=sentence, sentence_start=at,
        date=dt.date(2024, 5, 1), event_type=kind, mode=None, context=(), cameo=cameo,
        goldstein=0.0, quad_class=1, actor=(actor,), recipient=recipient,
        trigger=Span(text=trigger, start=where, end=where + len(trigger)), confidence=0.9,
        lexicon_version="test", pattern_id="p",
    )  # fmt: skip
    article = Article(doc_id="d1", origin="test", text=story, date=dt.date(2024, 5, 1))
    decision = decide(lexicon, event, article_subject(lexicon, article))
    return decision.relevant, decision.reason


def test_a_captain_in_a_sports_story_is_a_player_not_an_officer(lexicon) -> None:
    captain = _party(SPORT, "The Gondor captain", "GND", "MIL", "agent")
    assert _decide(lexicon, SPORT, "The Gondor captain", "praised", "SUPPORT", "051",
                   captain) == (False, "sport-party")  # fmt: skip
    # the same words with no sport around them: the stage's officer stands
    officer = _party(POLITICS, "The Gondor captain", "GND", "MIL", "agent")
    king = _party(POLITICS, "the king", "GND", "GOV", "agent")
    assert _decide(lexicon, POLITICS, "The Gondor captain", "praised", "SUPPORT", "051",
                   officer, king) == (True, None)  # fmt: skip


def test_a_captain_named_by_title_before_the_name_is_a_player(lexicon) -> None:
    faramir = _party(SPORT, "Gondor's captain Faramir", "GND", "MIL", "stated-role")
    assert _decide(lexicon, SPORT, "Gondor's captain", "criticised", "ACCUSE", "111",
                   faramir) == (False, "sport-party")  # fmt: skip


def test_the_home_side_and_a_teams_attack_are_teams_in_a_sports_story(lexicon) -> None:
    side = _party(SPORT, "The home side", "GND", "GOV", "reference")
    assert _decide(lexicon, SPORT, "The home side", "attacked", "ASSAULT", "190", side) == (
        False, "sport-party")  # fmt: skip
    attack = _party(SPORT, "Gondor's attack", "GND", None, "country-name")
    assert _decide(lexicon, SPORT, "Gondor's attack", "destroyed", "ASSAULT", "1712",
                   attack) == (False, "sport-party")  # fmt: skip
    # "The two sides attacked the border post": parties to a conflict
    sides = _party(POLITICS, "The two sides", "GND", "GOV", "reference")
    assert _decide(lexicon, POLITICS, "The two sides", "attacked", "ASSAULT", "190",
                   sides) == (True, None)  # fmt: skip


def test_police_at_a_match_and_a_captain_fighting_rebels_stay_political(lexicon) -> None:
    police = _party(SPORT, "A police unit", "GND", "COP", "agent")
    fans = _party(SPORT, "fans", "GND", "CVL", "agent")
    assert _decide(lexicon, SPORT, "A police unit", "arrested", "COERCE", "173", police,
                   fans) == (True, None)  # fmt: skip
    captain = _party(POLITICS, "The army captain", "GND", "MIL", "agent")
    rebels = _party(POLITICS, "the rebels of Arnor", "ARN", "REB", "agent")
    assert _decide(lexicon, POLITICS, "The army captain", "attacked", "ASSAULT", "190",
                   captain, rebels) == (True, None)  # fmt: skip


def test_two_sport_words_in_a_political_story_leave_the_sides_parties(lexicon) -> None:
    sides = _party(POLITICS, "The two sides agreed", "GND", "GOV", "reference")
    assert _decide(lexicon, POLITICS, "The two sides agreed", "agreed", "AGREE", "030",
                   sides) == (True, None)  # fmt: skip
