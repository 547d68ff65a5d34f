"""A meeting "with" a party set before or after the clause's act is the clause subject's meeting
with that party, not the party's alone; one "between" two sides stays theirs. Made-up world,
parsed by the real model."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code_text, dyad


def _meetings(nlp, coder: Coder, text: str) -> list[tuple[str, str, str]]:
    return [dyad(e) for e in code_text(nlp, coder, text) if e.event_type == "CONSULT"]


def test_talks_after_which_the_subject_acted_are_the_subjects(nlp, coder: Coder) -> None:
    text = "Gondorian protesters agreed to end their sit-in after talks with Arnorian officials."
    assert _meetings(nlp, coder, text) == [("GND", "CONSULT", "ARN")]
    text = "The Orcs freed the hostages following negotiations with Gondor."
    assert _meetings(nlp, coder, text) == [("MDR", "CONSULT", "GND")]


def test_talks_between_two_sides_stay_theirs(nlp, coder: Coder) -> None:
    text = "Gondor welcomed the deal after talks between Arnor and Mordor."
    assert _meetings(nlp, coder, text) == [("ARN", "CONSULT", "MDR")]


def test_talks_that_are_a_clauses_own_subject_are_not_the_outer_subjects(nlp, coder: Coder) -> None:
    # "after talks with Mordor collapsed": the talks are the subject of their own clause
    text = "Gondor attacked Arnor after talks with Mordor collapsed."
    assert ("GND", "CONSULT", "MDR") not in _meetings(nlp, coder, text)
