"""Words of attack used figuratively: a barrage of words, a crowd filling a place.

"Reporters bombarded the minister with questions", "the office was flooded and pelted with
complaints" and "tourists invaded the beaches" use the words of shelling and invasion for
asking many questions and for crowds of visitors (dictionary: bombard "to direct a continuous
flow of questions or information at someone"; invade "to enter a place in large numbers, as
of tourists"). No force is used (CAMEO 18-20): what is thrown is words, and those who come are
there for leisure. "Pelted the police with stones" and "protesters stormed the parliament"
stay. english.yaml's `barrage_words` and `crowd_people` hold the nouns; the framing stage drops
such triggers with the reason no-event-sense (coding/nonevents.py lists the checks).
"""

from __future__ import annotations

from collections.abc import Callable

from detente.coding.match import Match
from detente.coding.sense_words import doers_of, is_word, prep_objects
from detente.lexicons.english import english

__all__ = ["FIGURATIVE_CHECKS"]

# The preposition of what a party is bombarded or pelted with.
WITH = frozenset({"with"})


def _barrage_of_words(match: Match) -> str | None:
    """ "bombarded the minister with questions": what is thrown is words, no fire."""
    senses = english().senses
    if match.cameo[:2] not in english().codes.attack_roots:
        return None
    thrown = list(prep_objects(match.head, WITH))
    if thrown and all(is_word(t, senses.barrage_words) for t in thrown):
        return f"{match.head.text!r} with {thrown[0].text!r}: words, no force used"
    return None


def _crowding(match: Match) -> str | None:
    """ "tourists invaded the beaches": visitors filling a place, no invasion."""
    senses = english().senses
    head = match.head
    if match.cameo[:2] not in english().codes.attack_roots or head.pos_ != "VERB":
        return None
    doers = doers_of(head)
    if doers and all(d.pos_ == "NOUN" and is_word(d, senses.crowd_people) for d in doers):
        return f"{doers[0].text!r} {head.text!r}: visitors crowding a place, no invasion"
    return None


FIGURATIVE_CHECKS: tuple[Callable[[Match], str | None], ...] = (_barrage_of_words, _crowding)
