"""An act told only as coming "after" an event dated well before the story is background, with
no day of its own; an act with its own day, or after a recent event, stays the story's news
(made-up world, parsed by the real model; coding/after_events.py)."""

from __future__ import annotations

from detente.coding.events import Coder
from detente.records import Event

from middle_earth import DATE, code_text


def _resignation(nlp, coder: Coder, text: str) -> Event:
    [event] = [e for e in code_text(nlp, coder, text) if e.trigger.text.startswith("resign")]
    return event


def test_an_act_after_last_years_event_is_background_with_no_day(nlp, coder: Coder) -> None:
    event = _resignation(nlp, coder, "The Gondorian minister resigned after last year's coup.")
    assert event.modality == "historical" and event.date is None


def test_an_act_after_a_clause_dated_last_year_is_background(nlp, coder: Coder) -> None:
    text = "The Gondorian minister resigned after the army staged a coup last year."
    assert _resignation(nlp, coder, text).modality == "historical"


def test_an_act_with_its_own_day_stays_news(nlp, coder: Coder) -> None:
    text = "The Gondorian minister resigned on Monday after last year's coup."
    event = _resignation(nlp, coder, text)
    assert event.modality == "asserted" and event.date is not None and event.date <= DATE


def test_an_act_after_a_recent_event_stays_news(nlp, coder: Coder) -> None:
    text = "The Gondorian minister resigned after Monday's vote."
    assert _resignation(nlp, coder, text).modality == "asserted"


def test_an_arrest_after_an_attack_two_months_back_stays_news(nlp, coder: Coder) -> None:
    text = "Gondorian police arrested an Orc after April's attack on Osgiliath."
    [event] = [e for e in code_text(nlp, coder, text) if e.event_type == "COERCE"]
    assert event.modality == "asserted"


def test_an_act_after_an_undated_event_too_stays_news(nlp, coder: Coder) -> None:
    """lead25: told after several events, the act is later than the latest; an undated one may
    be the story's own news, so a dated older one sets no background."""
    text = (
        "The Gondorian minister resigned after the council voted to censure him, "
        "after a law was passed last year to allow it."
    )
    assert _resignation(nlp, coder, text).modality == "asserted"

