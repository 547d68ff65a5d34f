"""A court's or jury's act in a civil suit between private parties is private law, no political
act (coding/relevance_suits.py, relevance.yaml `civil_suits`, senses16). Made-up world,
hand-built events; minimal pairs: a criminal trial and a suit against a state stay."""

from __future__ import annotations

from detente.records import ActorMention

from middle_earth import party_mention as _party
from middle_earth import relevance_in_story

STORY = (
    "A jury in Minas Tirith awarded 4 million crowns in damages to a woman who sued the mill. "
    "The jury found the Dale brewery liable for the death of a worker. "
    "A jury in Minas Tirith convicted the former steward of corruption. "
    "The court ordered the government of Rohan to pay the bondholders damages. "
    "A jury awarded damages to a man who sued the city of Osgiliath."
)


def _decide(lexicon, sentence_no: int, event_type: str, cameo: str, actor: ActorMention,
            *recipient: ActorMention) -> tuple[bool, str | None]:  # fmt: skip
    sentence = [s.strip() for s in STORY.split(". ") if s.strip()][sentence_no]
    return relevance_in_story(lexicon, STORY, sentence.rstrip(".") + ".", event_type, cameo,
                              actor, recipient)  # fmt: skip


def test_a_jury_awarding_damages_to_a_private_plaintiff_is_private_law(lexicon) -> None:
    jury = _party("A jury in Minas Tirith", "GND", "JUD")
    woman = _party("a woman", "GND", "CVL")
    assert _decide(lexicon, 0, "RETREAT", "0842", jury, woman) == (False, "civil-suit")


def test_a_jury_finding_a_company_liable_is_private_law(lexicon) -> None:
    jury = _party("The jury", "GND", "JUD")
    assert _decide(lexicon, 1, "ACCUSE", "116", jury) == (False, "civil-suit")


def test_a_jury_convicting_an_official_stays_political(lexicon) -> None:
    jury = _party("A jury in Minas Tirith", "GND", "JUD")
    steward = _party("the former steward", "GND", "ELI")
    assert _decide(lexicon, 2, "ACCUSE", "116", jury, steward) == (True, None)


def test_a_court_ordering_a_state_to_pay_stays_political(lexicon) -> None:
    court = _party("The court", "GND", "JUD")
    rohan = _party("the government of Rohan", "ROH", "GOV")
    assert _decide(lexicon, 3, "REQUEST", "100", court, rohan) == (True, None)


def test_a_suit_against_a_city_stays_political(lexicon) -> None:
    jury = _party("A jury", "GND", "JUD")
    man = _party("a man", "GND", "CVL")
    assert _decide(lexicon, 4, "RETREAT", "0842", jury, man) == (True, None)


def test_a_charge_of_negligent_homicide_stays_political(lexicon) -> None:
    story = "The carer was charged with cruelty and negligent homicide in Osgiliath."
    charged = _party("charged", "GND", "JUD")
    carer = _party("The carer", "GND", "CVL")
    assert relevance_in_story(lexicon, story, story, "ACCUSE", "115", charged,
                              (carer,)) == (True, None)  # fmt: skip


PAY_STORY = (
    "A jury in Minas Tirith ordered the Dale brewery to pay 2 million crowns to the farmers. "
    "A judge in Minas Tirith ordered the brewer to pay a fine of 500 crowns."
)


def test_a_jury_ordering_a_company_to_pay_farmers_is_private_law(lexicon) -> None:
    jury = _party("A jury in Minas Tirith", "GND", "JUD")
    brewery = _party("the Dale brewery", "DAL", "BUS")
    sentence = PAY_STORY.split(". ")[0] + "."
    assert relevance_in_story(lexicon, PAY_STORY, sentence, "REQUEST", "100", jury,
                              (brewery,)) == (False, "civil-suit")  # fmt: skip


def test_a_judge_ordering_a_fine_stays_political(lexicon) -> None:
    judge = _party("A judge in Minas Tirith", "GND", "JUD")
    brewer = _party("the brewer", "GND", "CVL")
    sentence = PAY_STORY.split(". ")[1]
    assert relevance_in_story(lexicon, PAY_STORY, sentence, "REQUEST", "100", judge,
                              (brewer,)) == (True, None)  # fmt: skip
