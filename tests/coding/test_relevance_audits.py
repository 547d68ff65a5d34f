"""An audit of a private body's accounts is bookkeeping, no political inquiry
(coding/relevance_audits.py, relevance.yaml `audits`). Made-up world, hand-built events; minimal
pairs keep audits of public bodies and rights groups, and audits of no one named."""

from __future__ import annotations

from detente.records import ActorMention

from middle_earth import party_mention as _party
from middle_earth import relevance_in_story

STORY = (
    "Gondor's state auditor launched an audit of the Osgiliath Children's Charity. "
    "Gondor's auditor general launched an audit of the health ministry's spending. "
    "Gondorian tax inspectors launched an audit of the rights group Ithilien Watch. "
    "Gondor's electoral commission ordered an audit of the vote in Ithilien."
)


def _decide(lexicon, sentence_no: int, actor: ActorMention, *recipient: ActorMention,
            trigger: str = "launched an audit") -> tuple[bool, str | None]:  # fmt: skip
    sentence = [s.strip() + "." for s in STORY.split(". ") if s.strip()][sentence_no]
    sentence = sentence.replace("..", ".")
    return relevance_in_story(lexicon, STORY, sentence, "ACCUSE", "090", actor, recipient,
                              trigger=trigger)  # fmt: skip


def test_an_audit_of_a_charity_is_no_political_inquiry(lexicon) -> None:
    auditor = _party("Gondor's state auditor", "GND", "GOV")
    charity = _party("the Osgiliath Children's Charity", "NGO", "CVL")
    assert _decide(lexicon, 0, auditor, charity) == (False, "private-audit")


def test_an_audit_of_a_ministry_stays_political(lexicon) -> None:
    auditor = _party("Gondor's auditor general", "GND", "GOV")
    ministry = _party("the health ministry", "GND", "GOV")
    assert _decide(lexicon, 1, auditor, ministry) == (True, None)


def test_an_audit_of_a_rights_group_stays_political(lexicon) -> None:
    inspectors = _party("Gondorian tax inspectors", "GND", "GOV")
    group = _party("the rights group Ithilien Watch", "NGO", None)
    assert _decide(lexicon, 2, inspectors, group) == (True, None)


def test_an_audit_of_no_one_named_stays_political(lexicon) -> None:
    commission = _party("Gondor's electoral commission", "GND", "GOV")
    assert _decide(lexicon, 3, commission, trigger="ordered an audit") == (True, None)
