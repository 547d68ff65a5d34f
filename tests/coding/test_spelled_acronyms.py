"""An acronym the article spells out as another name is that other body: in a story that names
the "Ithilien Crop Research Centre", "the ICRC" is no Red Cross of the made-up world
(coding/spelled_acronyms.py)."""

from __future__ import annotations

import pytest

from detente.coding.actors import ActorLexicon, load_actor_lexicon, resolve_actor
from detente.coding.spelled_acronyms import spelled_names

from support import FIXTURES


@pytest.fixture(scope="module")
def world() -> ActorLexicon:
    return load_actor_lexicon([FIXTURES / "actors_middle_earth.yaml"], imported=False)


def _code(world: ActorLexicon, text: str, context: str) -> str | None:
    code = resolve_actor(world, text, context=context)
    return None if code is None else code.country


def test_an_acronym_spelled_out_as_another_name_is_not_the_lexicon_body(world) -> None:
    context = "The Ithilien Crop Research Centre opened a new field station. The ICRC said so."
    assert _code(world, "The ICRC", context) is None


def test_an_acronym_spelled_out_as_its_own_name_or_not_at_all_is_the_lexicon_body(world) -> None:
    own = "The International Committee of the Red Cross visited Minas Tirith. The ICRC said so."
    assert _code(world, "The ICRC", own) == "NGO"
    assert _code(world, "The ICRC", "The ICRC visited the prisoners in Minas Tirith.") == "NGO"


@pytest.mark.parametrize(
    ("context", "letters", "names"),
    [
        ("the Financial Services Agency ordered", "FSA", ("Financial Services Agency",)),
        ("the Department of Homeland Security said", "DHS", ("Department of Homeland Security",)),
        ("the FSA said", "FSA", ()),  # the acronym itself spells nothing out
        ("Financial services agency staff", "FSA", ()),  # lower-case words are no name
    ],
)
def test_names_spelled_out_for_an_acronym(context: str, letters: str, names: tuple) -> None:
    assert spelled_names(context, letters) == names
