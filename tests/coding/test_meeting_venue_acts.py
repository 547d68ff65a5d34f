"""Whatever is done about a meeting, a place after "in" on the meeting noun is where it is
held, not a side of it (coding/slot_venues.py, english.yaml meeting_nouns, recip20): "welcomed
the talks in Arnor", "walked out of the negotiations in Arnor" name no Arnorian party. Other
things' places and a meeting's named partner stay. Made-up sentences parsed by the real model."""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.coding.events import Coder

from middle_earth import code_text


def _recipients(nlp: Language, coder: Coder, text: str, kind: str) -> list[list[str | None]]:
    events = [e for e in code_text(nlp, coder, text) if e.event_type == kind]
    assert events, text
    return [[m.country for m in e.recipient] for e in events]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Gondor's king welcomed the talks in Arnor.", "SUPPORT"),
        ("Gondor's king criticised the talks in Arnor.", "ACCUSE"),
        ("Gondor's king welcomed the resumption of negotiations in Arnor.", "SUPPORT"),
        ("Gondor's king welcomed the new round of talks in Arnor.", "SUPPORT"),
        ("The Gondorian government agreed to a ten-day adjournment of the talks in Arnor.",
         "AGREE"),
        ("The Gondorian delegation walked out of the talks in Arnor.", "PROTEST"),
    ],
)
def test_the_venue_of_a_meeting_acted_about_is_no_party(
    nlp: Language, coder: Coder, text: str, kind: str
) -> None:
    assert all("ARN" not in found for found in _recipients(nlp, coder, text, kind))


def test_the_place_of_a_crackdown_still_names_those_there(nlp: Language, coder: Coder) -> None:
    # no meeting: those who crack down in Arnor are Arnor's
    assert _recipients(nlp, coder, "Gondor's king condemned the crackdown in Arnor.",
                       "ACCUSE") == [["ARN"]]  # fmt: skip


def test_the_parties_of_talks_agreed_on_stay(nlp: Language, coder: Coder) -> None:
    text = "Gondor and Mordor agreed to a ten-day adjournment of the talks in Arnor."
    assert _recipients(nlp, coder, text, "AGREE") == [["MDR"]]


def test_talks_with_a_named_partner_keep_the_partner(nlp: Language, coder: Coder) -> None:
    text = "The Gondorian envoy held talks with Mordorian officials in Arnor."
    assert _recipients(nlp, coder, text, "CONSULT") == [["MDR"]]
