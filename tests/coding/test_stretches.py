"""An act told over a stretch of half a year or more up to the telling ("over the past three
years", "in recent years", "for two decades" on a perfect) is a campaign or stance of the
story's background; over "the past few weeks", or "for two years" as the length of a
sentence, it stays news (made-up world, parsed by the real model; coding/stretches.py)."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import only_typed


def test_demands_over_the_past_three_years_are_background(nlp, coder: Coder) -> None:
    text = (
        "Over the past three years, Arnorian protesters have been demanding the resignation "
        "of the Gondorian government."
    )
    event = only_typed(nlp, coder, text, "REQUEST")
    assert event.modality == "historical" and "past three years" in event.modality_cue


def test_backing_in_recent_years_is_background(nlp, coder: Coder) -> None:
    text = "In recent years, Gondor has backed the Mordorian rebels."
    assert only_typed(nlp, coder, text, "SUPPORT").modality == "historical"


def test_an_occupation_for_two_decades_is_background(nlp, coder: Coder) -> None:
    text = "Gondorian troops have occupied the Arnorian town for two decades."
    assert only_typed(nlp, coder, text, "COERCE").modality == "historical"


def test_arrests_over_the_past_few_weeks_stay_news(nlp, coder: Coder) -> None:
    text = "Over the past few weeks, Gondorian police have arrested dozens of Arnorian activists."
    assert only_typed(nlp, coder, text, "COERCE").modality == "asserted"


def test_a_two_year_sentence_stays_news(nlp, coder: Coder) -> None:
    text = "A Gondorian court jailed the Arnorian activist for two years."
    assert only_typed(nlp, coder, text, "COERCE").modality == "asserted"


def test_a_first_meeting_in_the_past_decade_stays_news(nlp, coder: Coder) -> None:
    text = "Gondor has met Arnor for the first time in the past decade."
    assert only_typed(nlp, coder, text, "CONSULT").modality == "asserted"
