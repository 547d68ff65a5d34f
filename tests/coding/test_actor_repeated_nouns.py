"""actors14: a definite description repeats the noun that introduced a party ("the boxer"
after "a Gondorian boxer"): it is that party, with the country its own words gave, not the
country of the place where the story happens."""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.coding.actors import ActorCode, ActorMemory, load_actor_lexicon, resolve_actors
from detente.coding.events import Coder
from detente.lexicons.actors import ActorLexicon

from middle_earth import code_text
from support import FIXTURES


@pytest.fixture(scope="module")
def world() -> ActorLexicon:
    return load_actor_lexicon([FIXTURES / "actors_middle_earth.yaml"], imported=False)


def _memory(matched: str, *, subject: bool, rule: str = "demonym",
            name: str | None = None) -> ActorMemory:  # fmt: skip
    memory = ActorMemory()
    code = ActorCode(country="GND", sector=None, name=name, matched=matched, rule=rule)
    memory.remember(code, subject=subject, party=True)
    memory.close_sentence()
    return memory


@pytest.mark.parametrize("text", ["the boxer", "The boxer", "the young boxer"])
def test_the_noun_again_is_the_party_it_introduced(world: ActorLexicon, text: str) -> None:
    memory = _memory("A Gondorian boxer", subject=True)
    [code] = resolve_actors(world, text, context="Arnor.", memory=memory)
    assert (code.country, code.rule) == ("GND", "reference")


def test_a_person_known_by_name_need_not_be_a_subject(world: ActorLexicon) -> None:
    memory = _memory("Gondorian boxer Sam Gamgee", subject=False, rule="person-role",
                     name="Sam Gamgee")  # fmt: skip
    [code] = resolve_actors(world, "the boxer", memory=memory)
    assert code.country == "GND"


@pytest.mark.parametrize(
    ("matched", "subject", "rule"),
    [
        ("a Gondorian boxer", False, "demonym"),  # named as an object only: maybe a thing
        ("The Gondorian boxer's trainer", True, "demonym"),  # the boxer is its possessor
        ("A boxer", True, "context"),  # a guessed country says nothing of who the boxer is
        ("A Gondorian wrestler", True, "demonym"),  # another noun
    ],
)
def test_no_party_introduced_with_that_noun(
    world: ActorLexicon, matched: str, subject: bool, rule: str
) -> None:
    memory = _memory(matched, subject=subject, rule=rule)
    codes = resolve_actors(world, "the boxer", memory=memory)
    assert all(c.country != "GND" for c in codes)


def test_an_indefinite_or_named_phrase_is_no_repetition(world: ActorLexicon) -> None:
    memory = _memory("A Gondorian boxer", subject=True)
    assert all(c.country != "GND" for c in resolve_actors(world, "a boxer", memory=memory))


def test_a_foreigner_arrested_abroad_keeps_the_nationality(nlp: Language, coder: Coder) -> None:
    text = (
        "A Gondorian boxer was charged with assault in Annuminas on Friday. "
        "Arnorian police arrested the boxer after a fight at an inn."
    )
    events = code_text(nlp, coder, text)
    arrested = [e for e in events if e.trigger.text.startswith("arrested")]
    assert arrested and all(r.country == "GND" for e in arrested for r in e.recipient)
