"""A subject pronoun takes the subject of the clause above only when it can stand for it:
"it" is never a person, "he" or "she" never a state (made-up world, parsed by the real model;
coding/actor_clauses.py animacy_agrees)."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code_text

STORY = (
    "Mordor has refused King Aragorn Elessar's request to visit Udun. "
    "The key to all this is Mordor's reaction. "
)


def _retreat_actors(nlp, coder: Coder, text: str) -> list[tuple[str, str | None]]:
    events = code_text(nlp, coder, text)
    return [(a.text, a.country) for e in events if e.event_type == "RETREAT" for a in e.actor]


def test_it_in_a_fronted_condition_is_not_the_person_of_the_main_clause(
    nlp, coder: Coder
) -> None:
    text = STORY + (
        "If it eases its blockade of the towns, then Aragorn Elessar will have something to show."
    )
    actors = _retreat_actors(nlp, coder, text)
    assert actors and all(country == "MDR" for _, country in actors)


def test_he_takes_the_person_of_the_main_clause(nlp, coder: Coder) -> None:
    text = STORY + "When he withdrew his troops from Udun, Aragorn Elessar said the war was over."
    actors = _retreat_actors(nlp, coder, text)
    assert actors and all(country == "GND" for _, country in actors)
