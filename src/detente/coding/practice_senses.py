"""Practice told with the words of talks and military exercises: training, drills, play.

"The national team held a training session", "the squad held its final practice session" use
the words of talks held (CAMEO 040 "hold a session"), and "schools held earthquake drills",
"firefighters conducted an exercise", "the team will begin its game against Arnor" those of a
military exercise (CAMEO 062): the session, the drill or the game is practice or play
(dictionary: training "teaching a person a particular skill"; practice "repeated exercise in an
activity to improve one's proficiency"; fire drill "a practice of the emergency procedures to be
used in case of fire"), no talks between parties and no forces exercised together. A session of
practice is never talks; an exercise is practice only by who holds it ("troops carried out an
emergency evacuation exercise" is still theirs). "The navies held exercises", "troops conducted
drills near the border", "the two armies began war games" and "held talks in a session of the
council" stay. english.yaml's `practice_kinds`, `practice_nouns`, `practice_roots`,
`practice_session_roots`, `practising_people`, `play_nouns` and `war_words` hold the words; the
framing stage drops such triggers with the reason no-event-sense (coding/nonevents.py).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from detente.coding.match import Match
from detente.coding.sense_words import KIND_DEPS, doers_of, is_word
from detente.lexicons.english import english

__all__ = ["PRACTICE_CHECKS"]

# Labels of what is held: "held *a session*", "the drills *held* on Monday" (a passive subject).
HELD_DEPS = frozenset({"dobj", "nsubjpass"})


def _held(match: Match) -> list[Token]:
    """The session, drill or game the trigger holds, or the trigger itself when it is one."""
    words = english().senses.practice_nouns
    head = match.head
    held = [c for c in head.children if c.dep_ in HELD_DEPS]
    held += [c for h in held for c in h.conjuncts]
    if head.pos_ == "NOUN":
        held.append(head)
    return [h for h in held if is_word(h, words)]


def _kinds(noun: Token) -> list[Token]:
    """The words that say what kind of thing the noun is ("a *training* session")."""
    return [c for c in noun.children if c.dep_ in KIND_DEPS]


def _practice(match: Match) -> str | None:
    """ "held a training session", "conducted an evacuation drill", "the players held a
    session", "began its game": what is held is practice or play."""
    senses = english().senses
    if match.cameo[:2] not in senses.practice_roots:
        return None
    held = _held(match)
    if not held:
        return None
    sessions = held if match.cameo[:2] in senses.practice_session_roots else []
    for noun in sessions:
        kind = next((k for k in _kinds(noun) if is_word(k, senses.practice_kinds)), None)
        if kind is not None:
            return f"{kind.text!r} {noun.text!r}: practice, no talks or exercise of forces"
    people = senses.practising_people | senses.team_nouns | senses.athlete_nouns
    doers = [match.actor] if match.actor is not None else doers_of(match.head)
    if doers and all(is_word(d, people) for d in doers):
        return f"{doers[0].text!r} held {held[0].text!r}: practice or play, no political act"
    for noun in (h for h in held if is_word(h, senses.play_nouns)):
        if not any(is_word(k, senses.war_words) for k in _kinds(noun)):
            return f"{noun.text!r} with no war named: play, no military exercise"
    return None


PRACTICE_CHECKS: tuple[Callable[[Match], str | None], ...] = (_practice,)
