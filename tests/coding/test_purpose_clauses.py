"""recip18: "survived two bombings meant to kill him": who would kill is who meant the bombings,
never the survivor; "Orcs carried out bombings meant to kill X" keeps the Orcs as the doers."""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.coding.events import Coder

from middle_earth import code_text


@pytest.mark.parametrize(
    "text",
    [
        "King Elessar survived two bombings meant to kill him.",
        "Police in Gondor defused a bomb intended to kill King Elessar.",
    ],
)
def test_the_subject_that_suffered_or_stopped_the_thing_does_not_do_its_purpose(
    nlp: Language, coder: Coder, text: str
) -> None:
    for event in code_text(nlp, coder, text):
        assert event.trigger.text not in ("kill",) or all(
            m.sector not in ("GOV", "COP") or m.country != "GND" for m in event.actor
        )


def test_the_subject_that_did_the_thing_does_its_purpose(nlp: Language, coder: Coder) -> None:
    text = "Orcs carried out bombings meant to kill the king of Gondor."
    [kill] = [e for e in code_text(nlp, coder, text) if e.trigger.text == "kill"]
    assert [m.country for m in kill.actor] == ["MDR"]
    assert [m.country for m in kill.recipient] == ["GND"]
