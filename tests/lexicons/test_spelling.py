"""Misspelt country names and demonyms are put right by one-letter edits, and only then.

``ActorLexicon.respell`` reads "Ethopia" as Ethiopia. The made-up world (Gondor, Arnor, Mordor)
shows each kind of slip on names no real lexicon has; the shipped names show the news cases.
"""

from __future__ import annotations

import pytest

from detente.lexicons.actors import ActorLexicon, load_actor_lexicon

from support import FIXTURES


@pytest.fixture(scope="module")
def world() -> ActorLexicon:
    return load_actor_lexicon([FIXTURES / "actors_middle_earth.yaml"])


@pytest.mark.parametrize(
    ("word", "name"),
    [
        ("Gondoor", "Gondor"),  # a letter too many
        ("Mordrian", "Mordorian"),  # a letter missing
        ("Mordar", "Mordor"),  # a letter changed
        ("Gondroian", "Gondorian"),  # two neighbours swapped
        ("Arnoor", "Arnor"),  # the name may have five letters if the word has six
    ],
    ids=["insertion", "deletion", "substitution", "swap", "five-letter-name"],
)
def test_a_one_letter_slip_in_a_realm_or_demonym_is_put_right(
    world: ActorLexicon, word: str, name: str
) -> None:
    assert world.respell(word) == name


@pytest.mark.parametrize(
    ("word", "name"), [("Ethopia", "Ethiopia"), ("Quatar", "Qatar"), ("Isreal", "Israel"),
                       ("Isreali", "Israeli")]
)
def test_shipped_country_names_are_put_right_too(
    world: ActorLexicon, word: str, name: str
) -> None:
    assert world.respell(word) == name


@pytest.mark.parametrize("word", ["Mrdor", "Nigel"])
def test_words_under_six_letters_are_never_respelt(world: ActorLexicon, word: str) -> None:
    # One letter from Mordor and from Niger, but short words have too many such neighbours.
    assert world.respell(word) is None


@pytest.mark.parametrize("word", ["Gondorian", "Austria"])
def test_a_known_name_is_not_read_as_its_neighbour(world: ActorLexicon, word: str) -> None:
    # "Gondorian" is one letter from "Gondorians", "Austria" from "Austrian".
    assert world.respell(word) is None


def test_a_word_one_letter_from_two_names_is_left_alone(world: ActorLexicon) -> None:
    # "Gondoriano" drops a letter to "Gondorian" and changes one to "Gondorians".
    assert world.respell("Gondoriano") is None


def test_the_first_letter_must_agree(world: ActorLexicon) -> None:
    # One substitution from Mordor, but a slip rarely hits the first letter.
    assert world.respell("Kordor") is None
