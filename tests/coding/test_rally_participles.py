"""A closing demand participle beside a main clause and a clause of time voices the protest one
of them tells, whichever clause the parser hung it on. Made-up world, parsed by the real model."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code_text


def _demanders(nlp, coder: Coder, text: str) -> list[str | None]:
    events = code_text(nlp, coder, text)
    return [m.sector for e in events if e.event_type == "REQUEST" for m in e.actor]


def test_a_demand_after_a_rally_is_the_ralliers(nlp, coder: Coder) -> None:
    text = (
        "Hundreds of Gondorian teachers rallied outside parliament as lawmakers debated the "
        "budget, demanding a pay rise."
    )
    assert _demanders(nlp, coder, text) == ["EDU"]  # the teachers, not the lawmakers


def test_a_demand_after_a_march_in_a_clause_of_time_is_the_marchers(nlp, coder: Coder) -> None:
    text = (
        "Gondorian police fired tear gas as protesters marched through Osgiliath, demanding "
        "the release of prisoners."
    )
    assert _demanders(nlp, coder, text) == ["CVL"]  # the protesters, not the police


def test_a_demand_beside_no_protest_keeps_its_parse(nlp, coder: Coder) -> None:
    # neither "fired" nor "watched" is a protest: the parse decides, as before
    text = (
        "Gondorian police fired tear gas as soldiers watched, demanding the release of "
        "prisoners."
    )
    assert "CVL" not in _demanders(nlp, coder, text)
