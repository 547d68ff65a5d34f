"""What "reports that …" tell is alleged: the text says a report exists, not that the act was
done; a party that reports it ("Gondorian media reported that …") and a relative clause on a
report ("a report that accused Gondor …") stay told as done (made-up world, parsed by the real
model; coding/claims.py)."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code_text


def _modality(nlp, coder: Coder, text: str, event_type: str = "ASSAULT") -> str:
    [event] = [e for e in code_text(nlp, coder, text) if e.event_type == event_type]
    return event.modality


def test_what_reports_say_was_done_is_alleged(nlp, coder: Coder) -> None:
    told = [
        "There were reports that an Arnorian fought for the Mordorian rebels.",
        "Reports that Arnorian troops attacked Mordor could not be confirmed.",
    ]
    for text in told:
        assert _modality(nlp, coder, text) == "hypothetical", text


def test_what_a_party_reports_stays_told_as_done(nlp, coder: Coder) -> None:
    text = "Gondorian media reported that Arnorian troops attacked Mordor."
    assert _modality(nlp, coder, text) == "asserted"


def test_a_report_that_accuses_is_an_accusation_told_as_done(nlp, coder: Coder) -> None:
    text = "An Arnorian report that accused Gondor of attacking Mordor angered the Gondorian king."
    assert _modality(nlp, coder, text, "ACCUSE") == "asserted"
