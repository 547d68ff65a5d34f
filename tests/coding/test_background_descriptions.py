"""Background told inside the description of a party: a relative clause or an infinitive under
it told only as "after" an earlier event is dated by that event, not by the statement whose
speaker it describes (made-up world, parsed by the real model; coding/dates.py,
coding/after_events.py)."""

from __future__ import annotations

from detente.coding.events import Coder
from detente.records import Event

from middle_earth import code_text


def _resignation(nlp, coder: Coder, text: str) -> Event:
    [event] = [e for e in code_text(nlp, coder, text) if e.trigger.text.startswith("resign")]
    return event


def test_a_speaker_forced_to_resign_after_last_years_coup_is_background(
    nlp, coder: Coder
) -> None:
    text = (
        "The Gondorian prime minister, who was forced to resign after last year's coup, said "
        "on Monday that the economy was weak."
    )
    event = _resignation(nlp, coder, text)
    assert event.modality == "historical" and event.date is None


def test_a_guest_who_resigned_after_last_years_coup_is_background(nlp, coder: Coder) -> None:
    text = (
        "The Arnorian minister, who resigned after last year's coup, met the Gondorian king "
        "on Monday."
    )
    assert _resignation(nlp, coder, text).modality == "historical"
    [meeting] = [e for e in code_text(nlp, coder, text) if e.event_type == "CONSULT"]
    assert meeting.modality == "asserted"


def test_a_description_with_its_own_day_stays_news(nlp, coder: Coder) -> None:
    text = (
        "The Arnorian minister, who resigned on Monday after last week's protests, met the "
        "Gondorian king."
    )
    assert _resignation(nlp, coder, text).modality == "asserted"


def test_a_description_after_a_recent_event_stays_news(nlp, coder: Coder) -> None:
    text = (
        "The Gondorian prime minister, who was forced to resign after Friday's vote, said on "
        "Monday that the economy was weak."
    )
    assert _resignation(nlp, coder, text).modality == "asserted"
