"""Players and teams as actors, and a state's own duty stated by its officials: no political
event (made-up world, the shipped relevance vocabularies)."""

from __future__ import annotations

import datetime as dt

from detente.coding.relevance import article_subject, decide
from detente.records import ActorMention, Article, Event, Span

STORY = (
    "Gondor's pacemen attacked from the start. Gondor's coach accused the umpires. "
    "Gondor's coach accused the king of Arnor. Gondor's army attacked from the start. "
    "Aragorn said Gondor must go from an economy of war. Aragorn said Arnor must withdraw. "
    "The mayor said the county must pay."
)


def _party(text: str, country: str, sector: str | None, rule: str) -> ActorMention:
    at = STORY.index(text)
    return ActorMention(text=text, start=at, end=at + len(text), country=country, sector=sector,
                        rule=rule)  # type: ignore[arg-type]  # fmt: skip


def _decide(lexicon, start: str, trigger: str, kind: str, cameo: str, actor: ActorMention,
            *recipient: ActorMention, pattern: str = "p"):  # fmt: skip
    at = STORY.index(start)
    sentence = STORY[at : STORY.index(".", at) + 1]
    where = at + sentence.index(trigger)
    event = Event(
        doc_id="d1", event_id="e1", sentence_index=0, sentence=sentence, sentence_start=at,
        date=dt.date(2024, 5, 1), event_type=kind, mode=None, context=(), cameo=cameo,
        goldstein=0.0, quad_class=1, actor=(actor,), recipient=recipient,
        trigger=Span(text=trigger, start=where, end=where + len(trigger)), confidence=0.9,
        lexicon_version="test", pattern_id=pattern,
    )  # fmt: skip
    article = Article(doc_id="d1", origin="test", text=STORY, date=dt.date(2024, 5, 1))
    decision = decide(lexicon, event, article_subject(lexicon, article))
    return decision.relevant, decision.reason


def test_players_named_by_their_country_are_a_team_not_the_state(lexicon) -> None:
    bowlers = _party("Gondor's pacemen", "GND", None, "country-name")
    assert _decide(lexicon, "Gondor's pacemen", "attacked", "ASSAULT", "190", bowlers) == (
        False, "sport-party")  # fmt: skip
    # "Gondor's army attacked": the state's forces
    army = _party("Gondor's army", "GND", "MIL", "country-name")
    assert _decide(lexicon, "Gondor's army", "attacked", "ASSAULT", "190", army) == (True, None)


def test_a_coach_accusing_a_political_party_stays_political(lexicon) -> None:
    coach = _party("Gondor's coach", "GND", None, "country-name")
    umpires = _party("the umpires", "GND", "CVL", "agent")
    assert _decide(lexicon, "Gondor's coach accused the umpires", "accused", "ACCUSE", "112",
                   coach, umpires) == (False, "sport-party")  # fmt: skip
    king = _party("the king of Arnor", "ARN", "GOV", "person-role")
    assert _decide(lexicon, "Gondor's coach accused the king", "accused", "ACCUSE", "112",
                   coach, king) == (True, None)  # fmt: skip


def test_a_states_own_duty_stated_by_its_leader_is_its_aim_not_a_demand(lexicon) -> None:
    aragorn = _party("Aragorn", "GND", "GOV", "person-role")
    gondor = _party("Gondor", "GND", None, "country-name")
    assert _decide(lexicon, "Aragorn said Gondor", "must go", "REQUEST", "100", aragorn, gondor,
                   pattern="obligation") == (False, "own-duty")  # fmt: skip
    # "Aragorn said Arnor must withdraw": another state told, a demand
    arnor = _party("Arnor", "ARN", None, "country-name")
    assert _decide(lexicon, "Aragorn said Arnor", "must withdraw", "REQUEST", "100", aragorn,
                   arnor, pattern="obligation") == (True, None)  # fmt: skip


def test_a_duty_set_for_another_body_of_the_same_state_stays_a_demand(lexicon) -> None:
    mayor = _party("The mayor", "GND", "GOV", "reference")
    county = _party("the county", "GND", "GOV", "reference")
    assert _decide(lexicon, "The mayor said", "must pay", "REQUEST", "100", mayor, county,
                   pattern="obligation") == (True, None)  # fmt: skip
