"""A civil claim between private parties is private law, no political event
(coding/relevance_claims.py, relevance.yaml `private_claims`, verbs17). Made-up world,
hand-built events; minimal pairs: a claim against a public body, one over rights held against
the state, a claim by the state and charges stay."""

from __future__ import annotations

from detente.records import ActorMention

from middle_earth import party_mention as _party
from middle_earth import relevance_in_story

STORY = (
    "A Bree man sued an Osgiliath shipping firm over a lost cargo. "
    "A Bree merchant sued the Osgiliath Herald for libel. "
    "A Bree man sued the city of Osgiliath over a fall on an icy pavement. "
    "Ten Bree families sued, saying their constitutional rights were violated in the raid. "
    "The Gondorian government sued the Osgiliath Herald for revealing secrets. "
    "A Bree man was indicted for fraud in Osgiliath. "
    "A Bree man sued a shipping firm in the Osgiliath district court over a lost cargo."
)


def _decide(lexicon, sentence_no: int, trigger: str, actor: ActorMention,
            *recipient: ActorMention) -> tuple[bool, str | None]:  # fmt: skip
    sentence = [s.strip() for s in STORY.split(". ") if s.strip()][sentence_no]
    return relevance_in_story(lexicon, STORY, sentence.rstrip(".") + ".", "ACCUSE", "115",
                              actor, recipient, trigger=trigger)  # fmt: skip


def test_a_suit_against_a_firm_no_lexicon_knows_is_private(lexicon) -> None:
    man = _party("A Bree man", "ARN", "CVL")
    assert _decide(lexicon, 0, "sued", man) == (False, "private-claim")


def test_a_private_suit_against_the_press_is_private(lexicon) -> None:
    merchant, paper = _party("A Bree merchant", "ARN", "BUS"), _party("the Herald", "GND", "JRN")
    assert _decide(lexicon, 1, "sued", merchant, paper) == (False, "private-claim")


def test_a_suit_naming_a_public_body_stays(lexicon) -> None:
    man = _party("A Bree man", "ARN", "CVL")
    assert _decide(lexicon, 2, "sued", man) == (True, None)


def test_a_suit_over_rights_held_against_the_state_stays(lexicon) -> None:
    families = _party("Ten Bree families", "ARN", "CVL")
    assert _decide(lexicon, 3, "sued", families) == (True, None)


def test_the_state_suing_the_press_stays(lexicon) -> None:
    state = _party("The Gondorian government", "GND", "GOV")
    paper = _party("the Herald", "GND", "JRN")
    assert _decide(lexicon, 4, "sued", state, paper) == (True, None)


def test_an_indictment_is_no_civil_claim(lexicon) -> None:
    man = _party("A Bree man", "ARN", "CVL")
    assert _decide(lexicon, 5, "indicted", man, man) == (True, None)


def test_the_court_a_claim_is_brought_in_is_no_party_sued(lexicon) -> None:
    man = _party("A Bree man", "ARN", "CVL")
    assert _decide(lexicon, 6, "sued", man) == (False, "private-claim")
