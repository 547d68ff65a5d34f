"""lead25: a thing "captured on video", "caught on camera" or "filmed on a phone" is recorded:
no abduction and no seizure; "captured two soldiers" still abducts."""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.coding.events import Coder

from middle_earth import code_text


@pytest.mark.parametrize(
    "text",
    [
        "The clash in Bree was captured on video by Gondorian journalists.",
        "Orcish soldiers captured the raid on camera near Osgiliath.",
        "The beating of a Gondorian envoy was captured on video by an Orcish bystander in Bree.",
    ],
)
def test_a_thing_recorded_on_a_medium_is_not_abducted(
    nlp: Language, coder: Coder, text: str
) -> None:
    events = code_text(nlp, coder, text)
    assert not any(e.cameo.startswith("18") for e in events)


def test_capturing_people_is_still_an_abduction(nlp: Language, coder: Coder) -> None:
    events = code_text(nlp, coder, "Orcish soldiers captured two Gondorian envoys on Monday.")
    assert any(e.cameo == "181" for e in events)
