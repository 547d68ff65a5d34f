"""A private person's complaint about a thing or another private party accuses no political
party (coding/relevance_complaints.py, relevance.yaml `private_complaints`, senses15). Made-up
world, hand-built events; minimal pairs: the same people accusing the authorities stay."""

from __future__ import annotations

from detente.records import ActorMention

from middle_earth import party_mention as _party
from middle_earth import relevance_in_story

STORY = (
    "A Gondorian refugee in the Dunharrow camp blamed the conditions in the camp for her illness. "
    "Residents of Osgiliath complained about the noise from the mill. "
    "The refugees blamed the Rohirrim government for the conditions in the camp. "
    "Residents of Osgiliath complained about police brutality. "
    "Critics of the plan blamed the smell on the mill. "
    "A Gondorian refugee accused the Rohirrim guards of beating him. "
    "Residents of Osgiliath blamed the blockade for the shortages."
)


def _decide(lexicon, sentence_no: int, cameo: str, actor: ActorMention,
            *recipient: ActorMention) -> tuple[bool, str | None]:  # fmt: skip
    sentence = [s.strip() + "." for s in STORY.split(". ") if s.strip()][sentence_no]
    return relevance_in_story(lexicon, STORY, sentence.rstrip(".") + ".", "ACCUSE", cameo, actor,
                              recipient)  # fmt: skip


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
