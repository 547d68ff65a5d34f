"""The police or a coroner looking into a death no party is part of do routine work, no
investigation of a party (coding/death_inquiries.py, english.yaml `unexplained_harms`,
`inquest_officers`, `public_victim_sectors`, `custody_words`, senses19). Made-up world, real
parses; minimal pairs keep inquiries into killings, into deaths a party caused or suffered, and
inquiries by states."""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.coding.events import Coder

from middle_earth import code_text


def _types(nlp: Language, coder: Coder, text: str) -> list[str]:
    return [e.event_type for e in code_text(nlp, coder, text)]


@pytest.mark.parametrize("text", [
    "Gondorian police are investigating the deaths of two hikers near Osgiliath.",
    "Gondorian police are probing the death of a teenager.",
    "The Gondorian coroner is investigating the death of a climber.",
    "Gondorian police launched an investigation into the death of a woman in Osgiliath.",
])  # fmt: skip
def test_police_looking_into_a_death_investigate_no_party(
    nlp: Language, coder: Coder, text: str
) -> None:
    assert "ACCUSE" not in _types(nlp, coder, text)


@pytest.mark.parametrize("text", [
    "Gondorian police are investigating the shooting of a protester by officers.",
    "Gondorian police are investigating the death of a man shot by soldiers.",
    "Gondorian police are investigating the death of a Gondorian soldier.",
    "Gondorian police are investigating the death of a man in police custody.",
    "Arnor is investigating the death of its ambassador in Mordor.",
])  # fmt: skip
def test_an_inquiry_into_a_killing_or_a_partys_death_stays(
    nlp: Language, coder: Coder, text: str
) -> None:
    assert "ACCUSE" in _types(nlp, coder, text)


@pytest.mark.parametrize("text", [
    "Gondorian police are investigating the death as a homicide.",
    "Gondorian police are investigating the death of a man who was found shot in Osgiliath.",
])  # fmt: skip
def test_a_death_told_as_a_crime_is_still_investigated(
    nlp: Language, coder: Coder, text: str
) -> None:
    assert "ACCUSE" in _types(nlp, coder, text)
