"""A wire dateline glued to the subject ("WASHINGTON Chinese officials said") is where the story
was filed, not who acts (coding/phrase_parts.py), in the made-up world."""

from __future__ import annotations

import pytest

from detente.coding.actors import ActorLexicon, load_actor_lexicon, resolve_actor

from support import FIXTURES


@pytest.fixture(scope="module")
def world() -> ActorLexicon:
    return load_actor_lexicon([FIXTURES / "actors_middle_earth.yaml"], imported=False)


def test_a_seat_in_capitals_before_the_subject_is_a_dateline(world: ActorLexicon) -> None:
    code = resolve_actor(world, "MINAS TIRITH Orcish officials")
    assert code is not None and (code.country, code.sector) == ("MDR", "GOV")


def test_a_seat_written_as_a_name_still_stands_for_its_government(world: ActorLexicon) -> None:
    for text in ("Minas Tirith officials", "MINAS TIRITH", "MINAS TIRITH OFFICIALS"):
        code = resolve_actor(world, text)
        assert code is not None and code.country == "GND", text
