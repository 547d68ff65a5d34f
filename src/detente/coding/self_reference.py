"""A recipient read through a pronoun that lands on the actor's own party: "It was opposed
by six Democrats", with "it" remembered as the Democratic Party, is the bill, not the party
opposing it; a party is not the recipient of its own act."""

from __future__ import annotations

from detente.lexicons.english import english
from detente.records import ActorMention


def not_self_referred(
    recipient: tuple[ActorMention, ...], actor: tuple[ActorMention, ...]
) -> tuple[ActorMention, ...]:
    """The recipient without mentions that only a pronoun ("it", "them", "his") made the very
    party that acts: the same named person, organisation or body as an actor mention. A name
    read as another person's ("Brown" taken for "Farrin") is the memory's error, left alone."""
    own = {(m.name, m.org) for m in actor if m.name is not None}
    return tuple(m for m in recipient if not (_pronoun(m) and (m.name, m.org) in own))


def _pronoun(mention: ActorMention) -> bool:
    """Whether a reference is told by a pronoun of a person or a thing."""
    words = english().words
    pronouns = {*words.own_possessives, *words.own_possessives.values(), *words.person_objects,
                *words.thing_pronouns}  # fmt: skip
    return mention.rule == "reference" and mention.text.lower() in pronouns
