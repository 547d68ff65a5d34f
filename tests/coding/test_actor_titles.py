"""Titles that head any body ("president", "chancellor") take the sector of the body they head."""

from __future__ import annotations

import pytest

from detente.coding.actors import ActorLexicon, load_actor_lexicon, resolve_actor

from support import FIXTURES


@pytest.fixture(scope="module")
def world() -> ActorLexicon:
    return load_actor_lexicon([FIXTURES / "actors_middle_earth.yaml"])


def sector(lexicon: ActorLexicon, text: str) -> tuple[str | None, str | None]:
    code = resolve_actor(lexicon, text)
    assert code is not None, text
    return code.country, code.sector


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the Minas Tirith University president", ("GND", "EDU")),
        ("the president of the miners' union", (None, "LAB")),
        ("the Gondorian chamber of commerce president", ("GND", "BUS")),
        ("the Arnorian Senate president", ("ARN", "LEG")),
        ("the university vice chancellor", (None, "EDU")),
    ],
)
def test_a_title_heading_a_body_outside_government_takes_its_sector(
    world: ActorLexicon, text: str, expected: tuple[str | None, str | None]
) -> None:
    assert sector(world, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the Gondorian president", ("GND", "GOV")),
        ("the president of Arnor", ("ARN", "GOV")),
        ("the president of the council", (None, "GOV")),
    ],
)
def test_a_title_of_a_state_or_a_government_body_stays_government(
    world: ActorLexicon, text: str, expected: tuple[str | None, str | None]
) -> None:
    assert sector(world, text) == expected


def test_a_head_noun_that_is_no_title_keeps_its_own_sector(world: ActorLexicon) -> None:
    # "minister" heads a ministry, whatever body it sits in: only listed titles move
    assert sector(world, "the university minister") == (None, "GOV")
