"""recip18: a recipient a speaker names in the first person ("us", "me", "my offer", "our
villages") inside the clause a third party's verb of saying reports is that speaker."""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.coding.events import Coder

from middle_earth import code_text


def _acts(nlp: Language, coder: Coder, text: str, kind: str) -> list:
    return [e for e in code_text(nlp, coder, text) if e.event_type == kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('"Mordor keeps attacking us," the king of Gondor said.', "ASSAULT"),
        ("Mordor keeps on rejecting my offer, the king of Gondor said on Monday.", "REJECT"),
        ("The king of Gondor said Mordor had rejected our proposal.", "REJECT"),
    ],
)
def test_a_first_person_recipient_is_the_speaker(
    nlp: Language, coder: Coder, text: str, kind: str
) -> None:
    [act] = _acts(nlp, coder, text, kind)
    assert [m.country for m in act.actor] == ["MDR"]
    assert [(m.country, m.sector) for m in act.recipient] == [("GND", "GOV")]


def test_people_a_speaker_calls_ours_keep_their_sector_and_take_the_speakers_country(
    nlp: Language, coder: Coder
) -> None:
    text = '"Orcs have burned our villages," the king of Gondor said.'
    [burned] = _acts(nlp, coder, text, "COERCE")
    assert [(m.country, m.sector) for m in burned.recipient] == [("GND", "CVL")]


def test_the_speakers_own_first_person_is_no_recipient_of_its_own_act(
    nlp: Language, coder: Coder
) -> None:
    # "we" is the speaker, who rejects; "our" names no other party
    text = '"We reject our old plan," the king of Gondor said.'
    for act in code_text(nlp, coder, text):
        assert all(m.country != "GND" for m in act.recipient)


def test_a_third_person_owner_is_not_read_as_the_speaker(nlp: Language, coder: Coder) -> None:
    text = "Mordor keeps on rejecting Arnor's offer, the king of Gondor said on Monday."
    [rejected] = _acts(nlp, coder, text, "REJECT")
    assert [m.country for m in rejected.recipient] == ["ARN"]
