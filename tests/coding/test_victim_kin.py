"""The kin of an attack's victims are the victims' people (coding/victim_kin.py, recip20):
"the victims' families" name no country, so the article's context would give them one; the
attack told just before says whose they are. Made-up sentences parsed by the real model."""

from __future__ import annotations

from spacy.language import Language

from detente.coding.events import Coder

from middle_earth import code_text

ATTACK = "Gondorian troops killed two Arnorian farmers on Monday. "


def _apology(nlp: Language, coder: Coder, text: str) -> list[tuple[str | None, str | None]]:
    [event] = [e for e in code_text(nlp, coder, text) if e.event_type == "SUPPORT"]
    return [(m.country, m.sector) for m in event.recipient]


def test_the_victims_families_are_the_victims_people(nlp: Language, coder: Coder) -> None:
    text = ATTACK + "The Gondorian king apologised to the victims' families."
    assert _apology(nlp, coder, text) == [("ARN", "CVL")]


def test_the_families_of_the_dead_are_the_victims_people(nlp: Language, coder: Coder) -> None:
    text = ATTACK + "The Gondorian king apologised to the families of the dead."
    assert _apology(nlp, coder, text) == [("ARN", "CVL")]


def test_families_named_with_their_country_keep_it(nlp: Language, coder: Coder) -> None:
    text = ATTACK + "The Gondorian king apologised to the Mordorian victims' families."
    assert _apology(nlp, coder, text) == [("MDR", "CVL")]


def test_without_an_attack_told_before_the_families_are_left_alone(
    nlp: Language, coder: Coder
) -> None:
    text = "The Gondorian king apologised to the victims' families."
    assert ("ARN", "CVL") not in _apology(nlp, coder, text)


def test_the_families_of_others_are_left_alone(nlp: Language, coder: Coder) -> None:
    # kin of someone who is no victim: the victims' people are not theirs
    text = ATTACK + "The Gondorian king apologised to the families of his soldiers."
    assert _apology(nlp, coder, text) == [("GND", "CVL")]
