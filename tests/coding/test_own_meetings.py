"""mainev14: meetings that are no meeting with anyone.

A group of one party meeting as itself ("the union will meet to consider action", "striking
dockers will meet today") sits on its own business, as a cabinet does (coding/sittings.py); a
city named before a meeting noun ("the Annuminas summit") is where it is held, not a party to it
(coding/summit_venues.py). Made-up texts parsed by the real model.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.coding.events import Coder

from middle_earth import code_text, dyad

MEETINGS = {"CONSULT", "AGREE"}  # a meeting (040) or an intent to meet (036)


def _meetings(nlp: Language, coder: Coder, text: str):
    return [e for e in code_text(nlp, coder, text) if e.event_type in MEETINGS]


@pytest.mark.parametrize(
    "text",
    [
        "The Gondorian dockers' union will meet on Thursday to consider further action.",
        "Striking Gondorian dockers will meet today to consider the offer.",
        "The executive of the Gondorian union will meet next week to decide on a strike.",
        "Gondorian strikers will meet tomorrow to vote on the offer.",
    ],
)
def test_a_group_of_one_party_meeting_as_itself_meets_no_one(
    nlp: Language, coder: Coder, text: str
) -> None:
    assert _meetings(nlp, coder, text) == []


def test_a_union_meeting_a_named_partner_still_meets(nlp: Language, coder: Coder) -> None:
    [event] = _meetings(
        nlp, coder, "The Gondorian dockers' union will meet Arnorian envoys on Thursday."
    )
    assert dyad(event)[2] == "ARN"


def test_two_unions_meeting_each_other_still_meet(nlp: Language, coder: Coder) -> None:
    events = _meetings(nlp, coder, "The two Gondorian unions will meet on Thursday.")
    assert events


@pytest.mark.parametrize(
    "text",
    [
        "The Annuminas summit opens on Wednesday.",
        "The Annuminas talks opened on Monday.",
    ],
)
def test_a_city_naming_a_summit_is_no_party_to_it(
    nlp: Language, coder: Coder, text: str
) -> None:
    for event in _meetings(nlp, coder, text):
        assert "ARN" not in dyad(event)[0], text


def test_a_summit_named_by_its_party_keeps_it(nlp: Language, coder: Coder) -> None:
    [event] = _meetings(nlp, coder, "The Arnorian summit with Gondor opened on Monday.")
    assert dyad(event)[0] == "ARN"


def test_two_places_joined_before_talks_name_their_sides(nlp: Language, coder: Coder) -> None:
    [event] = _meetings(nlp, coder, "The Arnor-Gondor talks opened on Monday.")
    assert "ARN" in dyad(event)[0]


def test_a_meetings_venue_gives_its_actor_no_country(nlp: Language, coder: Coder) -> None:
    # before mainev14 the envoys were coded GND by where they met
    for event in _meetings(nlp, coder, "Envoys met in Osgiliath on Monday."):
        assert "GND" not in dyad(event)[0]


def test_an_arrests_place_still_gives_its_police_a_country(nlp: Language, coder: Coder) -> None:
    events = code_text(nlp, coder, "Police arrested three envoys in Osgiliath on Monday.")
    assert [dyad(e)[0] for e in events if e.event_type == "COERCE"] == ["GND"]
