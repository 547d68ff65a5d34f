"""A private person's complaint about a thing or another private party accuses no political
party (coding/relevance_complaints.py, relevance.yaml `private_complaints`, senses15). Made-up
world, hand-built events; minimal pairs: the same people accusing the authorities stay."""

from __future__ import annotations

import datetime as dt

from detente.coding.relevance import article_subject, decide
from detente.records import ActorMention, Article, Event, Span

STORY = (
    "A Gondorian refugee in the Dunharrow camp blamed the conditions in the camp for her illness. "
    "Residents of Osgiliath complained about the noise from the mill. "
    "The refugees blamed the Rohirrim government for the conditions in the camp. "
    "Residents of Osgiliath complained about police brutality. "
    "Critics of the plan blamed the smell on the mill. "
    "A Gondorian refugee accused the Rohirrim guards of beating him. "
    "Residents of Osgiliath blamed the blockade for the shortages."
)


def _party(text: str, country: str, sector: str | None, rule: str = "agent") -> ActorMention:
    return ActorMention(text=text, start=0, end=len(text), country=country, sector=sector,
                        rule=rule)  # type: ignore[arg-type]  # fmt: skip


def _decide(lexicon, sentence_no: int, cameo: str, actor: ActorMention,
            *recipient: ActorMention) -> tuple[bool, str | None]:  # fmt: skip
    sentences = [s.strip() + "." for s in STORY.split(". ") if s.strip()]
    sentence = sentences[sentence_no].rstrip(".") + "."
    at = STORY.index(sentence[:-1])
    event = Event(
        doc_id="d1", event_id="e1", sentence_index=sentence_no, sentence=sentence,
        sentence_start=at, date=dt.date(2024, 5, 1), event_type="ACCUSE", mode=None,
        context=(), cameo=cameo, goldstein=-2.0, quad_class=3, actor=(actor,),
        recipient=recipient, trigger=Span(text="x", start=at, end=at + 1), confidence=0.9,
        lexicon_version="test", pattern_id="p",
    )  # fmt: skip
    article = Article(doc_id="d1", origin="test", text=STORY, date=dt.date(2024, 5, 1))
    decision = decide(lexicon, event, article_subject(lexicon, article))
    return decision.relevant, decision.reason


def test_a_refugee_blaming_the_camps_conditions_accuses_no_party(lexicon) -> None:
    refugee = _party("A Gondorian refugee in the Dunharrow camp", "GND", "REF")
    conditions = _party("the conditions in the camp", "ROH", "CVL")
    assert _decide(lexicon, 0, "112", refugee, conditions) == (False, "private-complaint")


def test_residents_complaining_about_noise_accuse_no_party(lexicon) -> None:
    residents = _party("Residents of Osgiliath", "GND", "CVL")
    assert _decide(lexicon, 1, "110", residents) == (False, "private-complaint")


def test_refugees_blaming_a_government_stay_political(lexicon) -> None:
    refugees = _party("The refugees", "GND", "REF")
    government = _party("the Rohirrim government", "ROH", "GOV")
    assert _decide(lexicon, 2, "112", refugees, government) == (True, None)


def test_residents_complaining_about_the_police_stay_political(lexicon) -> None:
    residents = _party("Residents of Osgiliath", "GND", "CVL")
    assert _decide(lexicon, 3, "110", residents) == (True, None)


def test_critics_are_no_private_complainants(lexicon) -> None:
    critics = _party("Critics of the plan", "GND", "CVL")
    assert _decide(lexicon, 4, "112", critics) == (True, None)


def test_a_refugee_accusing_guards_stays_political(lexicon) -> None:
    refugee = _party("A Gondorian refugee", "GND", "REF")
    guards = _party("the Rohirrim guards", "ROH", "COP")
    assert _decide(lexicon, 5, "112", refugee, guards) == (True, None)


def test_residents_blaming_a_blockade_stay_political(lexicon) -> None:
    residents = _party("Residents of Osgiliath", "GND", "CVL")
    assert _decide(lexicon, 6, "112", residents) == (True, None)
