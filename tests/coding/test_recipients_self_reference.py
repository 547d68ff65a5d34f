"""A recipient that only a reference made the very party that acts is dropped: a party is
not the recipient of its own act (coding/self_reference.py). "It was opposed by six
Democrats", with "it" remembered as the Democratic Party, names the bill, not the party.

Mentions of a made-up world (the Gondor People's Party, Arnor) built by hand.
"""

from __future__ import annotations

from detente.coding.self_reference import not_self_referred
from detente.records import ActorMention


def _party(text: str, start: int, rule: str) -> ActorMention:
    return ActorMention(
        text=text, start=start, end=start + len(text), country="GND", sector="PTY",
        name="Gondor People's Party", org="GPP", rule=rule,
    )


ACTOR = (_party("the People's Party", 30, "org"),)


def test_a_reference_that_lands_on_the_acting_party_is_no_recipient() -> None:
    assert not_self_referred((_party("It", 0, "reference"),), ACTOR) == ()


def test_a_reference_to_another_party_stays_the_recipient() -> None:
    other = ActorMention(text="It", start=0, end=2, country="ARN", sector=None, name="Arnor",
                         rule="reference")  # fmt: skip
    assert not_self_referred((other,), ACTOR) == (other,)


def test_the_same_party_named_in_words_stays() -> None:
    # "the People's Party expelled the People's Party's treasurer": named, not a reference
    named = _party("the People's Party", 60, "org")
    assert not_self_referred((named,), ACTOR) == (named,)


def test_a_name_the_memory_read_as_the_acting_person_is_left_alone() -> None:
    # "Farrin asked Brown to repeat himself", with "Brown" taken for Farrin: not a pronoun
    named = ActorMention(text="Brown", start=0, end=5, country="GND", sector="PTY",
                         name="Gondor People's Party", org="GPP", rule="reference")  # fmt: skip
    assert not_self_referred((named,), ACTOR) == (named,)
