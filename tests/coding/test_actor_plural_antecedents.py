"""actors13: a "they" or "the countries" after a sentence whose subject named several states
together stands for all of them, not for the last one named."""

from __future__ import annotations

import pytest

from detente.coding.actors import (
    ActorLexicon,
    ActorMemory,
    load_actor_lexicon,
    resolve_actor,
    resolve_actors,
)
from detente.coding.events import Coder, code_article
from detente.coding.plural_antecedents import states_reference
from detente.lexicons.actors import tokenise
from detente.records import Article

from middle_earth import DATE
from support import FIXTURES, build_doc


@pytest.fixture(scope="module")
def world() -> ActorLexicon:
    return load_actor_lexicon([FIXTURES / "actors_middle_earth.yaml"], imported=False)


def _pair_memory(world: ActorLexicon) -> ActorMemory:
    memory = ActorMemory()
    codes = resolve_actors(world, "Gondor and Arnor")
    for code in codes:
        memory.remember(code, subject=True, party=True)
    memory.note_group(codes)
    memory.close_sentence()
    return memory


def test_they_after_a_coordinated_subject_is_every_state_of_it(world: ActorLexicon) -> None:
    memory = _pair_memory(world)
    codes = resolve_actors(world, "They", memory=memory)
    assert sorted(c.country for c in codes if c.country) == ["ARN", "GND"]
    assert {c.rule for c in codes} == {"reference"}


def test_the_states_noun_after_a_coordinated_subject_is_every_state_of_it(
    world: ActorLexicon,
) -> None:
    memory = _pair_memory(world)
    for text in ("The countries", "these two nations"):
        codes = resolve_actors(world, text, memory=memory)
        assert sorted(c.country for c in codes if c.country) == ["ARN", "GND"], text


def test_a_later_sentence_naming_a_party_ends_the_group(world: ActorLexicon) -> None:
    memory = _pair_memory(world)
    mordor = resolve_actor(world, "Mordor")
    assert mordor is not None
    memory.remember(mordor, subject=True, party=True)
    memory.close_sentence()
    assert memory.group() == ()
    code = resolve_actor(world, "They", memory=memory)
    assert code is not None and code.country == "MDR"  # the last one named, as before


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the countries", True),
        ("these three nations", True),
        ("the 3 countries", True),
        ("countries", False),
        ("twenty countries", False),
        ("the countries of the north", False),
    ],
)
def test_states_reference(text: str, expected: bool) -> None:
    assert states_reference(tokenise(text)) is expected


def _story(second: list[tuple]) -> list[tuple]:
    # "Gondor and Arnor condemned Mordor . <second> accused Mordor ."
    first = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 3),
        ("and", "and", "CCONJ", "cc", 0),
        ("Arnor", "Arnor", "PROPN", "conj", 0),
        ("condemned", "condemn", "VERB", "ROOT", 3),
        ("Mordor", "Mordor", "PROPN", "dobj", 3),
        (".", ".", "PUNCT", "punct", 3),
    ]
    n = len(first) + len(second)
    tail = [
        ("accused", "accuse", "VERB", "ROOT", n),
        ("Mordor", "Mordor", "PROPN", "dobj", n),
        (".", ".", "PUNCT", "punct", n),
    ]
    return [*first, *second, *tail]


@pytest.mark.parametrize(
    "second",
    [
        [("They", "they", "PRON", "nsubj", 7)],
        [("The", "the", "DET", "det", 7), ("nations", "nation", "NOUN", "nsubj", 8)],
    ],
)
def test_the_next_sentence_codes_both_states(coder: Coder, second: list[tuple]) -> None:
    rows = _story(second)
    verb = 6 + len(second)
    tags = {3: "VBD", verb: "VBD", verb - 1: "NNS" if len(second) == 2 else "PRP"}
    doc = build_doc(rows, tags=tags, starts=(0, 6))
    article = Article(doc_id="p1", origin="test", text=doc.text, date=DATE)
    [accused] = [e for e in code_article(coder, article, doc) if e.trigger.text == "accused"]
    assert sorted(m.country for m in accused.actor) == ["ARN", "GND"]
