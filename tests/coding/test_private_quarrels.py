"""Violence between people tied by private life, or after a private quarrel, is a private crime,
no political event (coding/relevance_quarrels.py, relevance.yaml `private_quarrels`, senses16).
Made-up world, hand-built events; minimal pairs: an attack on a state's force, another's tie and
a motive told stay."""

from __future__ import annotations

from detente.records import ActorMention

from middle_earth import party_mention as _party
from middle_earth import relevance_in_story

STORY = (
    "A woman was stabbed by her former boyfriend in Osgiliath. "
    "A man stabbed another man after an argument over a parking space in Osgiliath. "
    "A man attacked the steward's son in Osgiliath. "
    "A Gondorian stabbed two Rohirrim police officers in Edoras. "
    "A man stabbed his neighbour in a racist attack in Osgiliath."
)


def _decide(lexicon, sentence_no: int, actor: ActorMention,
            *recipient: ActorMention) -> tuple[bool, str | None]:  # fmt: skip
    sentence = [s.strip() for s in STORY.split(". ") if s.strip()][sentence_no]
    return relevance_in_story(lexicon, STORY, sentence.rstrip(".") + ".", "ASSAULT", "180",
                              actor, recipient, quad_class=4)  # fmt: skip


def test_a_stabbing_by_a_former_boyfriend_is_a_private_crime(lexicon) -> None:
    boyfriend = _party("her former boyfriend in Osgiliath", "GND", "CVL")
    woman = _party("A woman", "GND", "CVL")
    assert _decide(lexicon, 0, boyfriend, woman) == (False, "private-quarrel")


def test_a_stabbing_after_an_argument_is_a_private_crime(lexicon) -> None:
    man, other = _party("A man", "GND", "CVL"), _party("another man", "GND", "CVL")
    assert _decide(lexicon, 1, man, other) == (False, "private-quarrel")


def test_an_attack_on_someone_elses_son_stays(lexicon) -> None:
    man, son = _party("A man", "GND", "CVL"), _party("the steward's son", "GND", "CVL")
    assert _decide(lexicon, 2, man, son) == (True, None)


def test_a_stabbing_of_police_officers_stays_political(lexicon) -> None:
    man = _party("A Gondorian", "GND", "CVL")
    police = _party("two Rohirrim police officers", "ROH", "COP")
    assert _decide(lexicon, 3, man, police) == (True, None)


def test_a_stabbing_with_a_motive_told_stays(lexicon) -> None:
    man, neighbour = _party("A man", "GND", "CVL"), _party("his neighbour", "GND", "CVL")
    assert _decide(lexicon, 4, man, neighbour) == (True, None)


def _event(sentence: str, story: str, actor: ActorMention, *recipient: ActorMention):
    import datetime as dt

    from detente.records import Event
    from detente.records import Span as TextSpan

    at = story.index(sentence)
    return Event(
        doc_id="d1", event_id="e1", sentence_index=0, sentence=sentence, sentence_start=at,
        date=dt.date(2024, 5, 1), event_type="ASSAULT", mode=None, context=(), cameo="180",
        goldstein=-9.0, quad_class=4, actor=(actor,), recipient=recipient,
        trigger=TextSpan(text="stabbed", start=at, end=at + 7), confidence=0.9,
        lexicon_version="test", pattern_id="p",
    )  # fmt: skip


def test_a_quarrel_told_in_the_sentence_before_makes_the_stabbing_private(lexicon) -> None:
    from detente.coding.relevance import previous_sentence
    from detente.coding.relevance_quarrels import private_quarrel

    story = ("The argument between the two girls escalated at the Osgiliath school. "
             "One girl stabbed the other girl with a pair of scissors.")  # fmt: skip
    event = _event("One girl stabbed the other girl with a pair of scissors.", story,
                   _party("One girl", "GND", "CVL"), _party("the other girl", "GND", "CVL"))
    before = previous_sentence(story, event)
    assert "argument" in before
    assert private_quarrel(lexicon, event, before) == "private-quarrel"


def test_a_new_story_after_a_quarrel_is_not_read_with_it(lexicon) -> None:
    from detente.coding.relevance import previous_sentence
    from detente.coding.relevance_quarrels import private_quarrel

    story = ("A woman stabbed her brother after a row over money. "
             "A man was stabbed by a gang in Osgiliath.")  # fmt: skip
    event = _event("A man was stabbed by a gang in Osgiliath.", story,
                   _party("a gang in Osgiliath", "GND", "CRM"), _party("A man", "GND", "CVL"))
    assert private_quarrel(lexicon, event, previous_sentence(story, event)) is None


def _threat(lexicon, sentence: str, actor: ActorMention, *recipient: ActorMention):
    return relevance_in_story(lexicon, sentence, sentence, "THREATEN", "130", actor,
                              recipient, quad_class=3)  # fmt: skip


def test_a_threat_to_a_neighbour_after_an_argument_is_private(lexicon) -> None:
    # senses18: threats between people tied by private life are a private quarrel too
    sentence = "A man threatened his neighbour after an argument over a parking space."
    man, neighbour = _party("A man", "GND", "CVL"), _party("his neighbour", "GND", "CVL")
    assert _threat(lexicon, sentence, man, neighbour) == (False, "private-quarrel")


def test_a_threat_to_police_officers_stays_political(lexicon) -> None:
    sentence = "A man threatened two police officers after an argument in Osgiliath."
    man = _party("A man", "GND", "CVL")
    police = _party("two police officers", "GND", "COP")
    assert _threat(lexicon, sentence, man, police) == (True, None)


def test_a_threat_between_strangers_told_to_police_is_private(lexicon) -> None:
    sentence = "Osgiliath police said the woman had been threatened by a man she met online."
    man, woman = _party("a man", "GND", "CVL"), _party("the woman", "GND", "CVL")
    assert _threat(lexicon, sentence, man, woman) == (False, "private-quarrel")


def test_a_threat_with_a_motive_told_stays_political(lexicon) -> None:
    sentence = "A man threatened a Gondorian shopkeeper in a racist tirade in Osgiliath."
    man, keeper = _party("A man", "GND", "CVL"), _party("a Gondorian shopkeeper", "GND", "CVL")
    assert _threat(lexicon, sentence, man, keeper) == (True, None)
