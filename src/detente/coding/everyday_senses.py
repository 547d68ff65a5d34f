"""Senses of a trigger from everyday life: the time a trip takes, an outing cut short.

"It has taken up to three days to travel the 250 km" tells how long a trip takes; it uses the
words of a visit, but nobody went anywhere (a person fired from a job is thing_senses.py's).
"Tour guides were told to pull out of the gorge", "hikers withdrew from the trail" use the words
of a military withdrawal (CAMEO 087x), but those who leave are people at leisure or guiding it:
nobody ends a hold of force ("troops pulled out of the valley" stays).
relevance.yaml's `everyday_senses` block holds the words; the framing stage drops such triggers
with the reason no-event-sense (coding/nonevents.py lists the checks).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from detente.coding.match import Match
from detente.coding.sense_words import doers_of, is_word
from detente.lexicons.relevance import EverydaySenses, relevance_lexicon

__all__ = ["EVERYDAY_CHECKS"]


def _words() -> EverydaySenses | None:
    return relevance_lexicon().source.everyday_senses


def _trip_duration(match: Match) -> str | None:
    """ "it has taken up to three days to travel the 250 km", "it takes an hour to reach the
    camp": an infinitive after "it takes" tells how long something takes, no act done."""
    words = _words()
    head = match.head
    if words is None or head.dep_ not in ("advcl", "xcomp", "ccomp"):
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        return None
    above = head.head
    if above.lemma_.lower() not in words.duration_verbs:
        return None
    if any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in above.children):
        return f"'it' {above.text!r} ... to {head.text!r}: how long it takes, no act"
    return None


def _doers(verb: Token) -> list[Token]:
    """The verb's subjects, or those of the verb whose complement it is ("guides were told to
    pull out": the guides)."""
    doers = doers_of(verb)
    if not doers and verb.dep_ == "xcomp":
        doers = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    return doers


def _outing_left(match: Match) -> str | None:
    """ "tour guides were told to pull out of the gorge", "hikers withdrew from the trail":
    people at leisure, or guiding it, leaving a place is no retreat of a party."""
    words = _words()
    if words is None or match.cameo[:3] not in words.outing_roots:
        return None
    doers = _doers(match.head)
    if doers and all(d.pos_ == "NOUN" and is_word(d, words.outing_people) for d in doers):
        return f"{doers[0].text!r} {match.head.text!r}: people on an outing leave, no retreat"
    return None


EVERYDAY_CHECKS: tuple[Callable[[Match], str | None], ...] = (_trip_duration, _outing_left)
