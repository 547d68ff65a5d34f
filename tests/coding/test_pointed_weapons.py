"""mainev17: a weapon pointed, aimed or brandished at a party threatens it (CAMEO 130); what
emergency callers report is their claim; arms are laid *down*. Parsed by the real model over
the made-up world."""

from __future__ import annotations

import pytest

from detente.coding.events import Coder
from detente.records import Event

from middle_earth import code_text

pytestmark = pytest.mark.model


def _threats(events: tuple[Event, ...]) -> list[tuple[str | None, str | None, str]]:
    return [
        (e.actor[0].country if e.actor else None,
         e.recipient[0].country if e.recipient else None, e.modality)
        for e in events
        if e.event_type == "THREATEN"
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "A Gondorian soldier pointed a rifle at an Arnorian envoy in Osgiliath.",
        "Gondorian guards aimed their guns at Arnorian protesters in Osgiliath.",
        "A Gondorian officer brandished a knife at Arnorian traders in Osgiliath.",
    ],
)
def test_a_weapon_pointed_at_a_party_threatens_it(nlp, coder: Coder, text: str) -> None:
    assert ("GND", "ARN", "asserted") in _threats(code_text(nlp, coder, text))


@pytest.mark.parametrize(
    "text",
    [
        "A Gondorian soldier pointed his rifle in various directions in Osgiliath.",
        "A Gondorian soldier pointed at the Arnorian flag in Osgiliath.",
        "The Gondorian minister pointed to the Arnorian report in Osgiliath.",
    ],
)
def test_a_weapon_pointed_at_no_party_or_a_finger_pointed_threatens_no_one(
    nlp, coder: Coder, text: str
) -> None:
    assert _threats(code_text(nlp, coder, text)) == []


def test_what_emergency_callers_report_is_their_claim(nlp, coder: Coder) -> None:
    text = ("Police shot a man in Osgiliath after three callers said a Gondorian soldier was "
            "pointing a rifle at Arnorian traders.")  # fmt: skip
    assert _threats(code_text(nlp, coder, text)) == [("GND", "ARN", "hypothetical")]


def test_what_the_police_report_stays_told_as_done(nlp, coder: Coder) -> None:
    text = ("Police said a Gondorian soldier was pointing a rifle at Arnorian traders in "
            "Osgiliath.")  # fmt: skip
    assert _threats(code_text(nlp, coder, text)) == [("GND", "ARN", "asserted")]


def test_arms_laid_down_are_a_disarming(nlp, coder: Coder) -> None:
    events = code_text(nlp, coder, "The Arnorian rebels laid down their arms in Bree.")
    assert [e.cameo for e in events] == ["0873"]


@pytest.mark.parametrize(
    "text",
    ["An Arnorian trader put the loaded gun inside his son's bag in Bree.",
     "The Arnorian rebels laid their guns on the table in Bree."],
)
def test_a_gun_put_or_laid_somewhere_is_no_disarming(nlp, coder: Coder, text: str) -> None:
    assert [e.cameo for e in code_text(nlp, coder, text) if e.cameo == "0873"] == []
